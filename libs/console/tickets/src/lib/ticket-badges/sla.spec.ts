import { SlaFacts, slaState } from './sla';

const NOW = Date.parse('2026-03-02T09:00:00.000Z');
const at = (ms: number) => new Date(NOW + ms).toISOString();
const HOUR = 3_600_000;

function facts(overrides: Partial<SlaFacts>): SlaFacts {
  return {
    status: 'triaged',
    slaDueAt: at(3 * HOUR),
    breached: false,
    ...overrides,
  };
}

describe('slaState', () => {
  it.each<[string, Partial<SlaFacts>, string | null, string | null]>([
    ['three hours left', {}, 'Due in 3 h', 'ok'],
    [
      '3 h 59 min left (rounds down)',
      { slaDueAt: at(4 * HOUR - 60_000) },
      'Due in 3 h',
      'ok',
    ],
    ['under two hours', { slaDueAt: at(90 * 60_000) }, 'Due in 1 h', 'soon'],
    ['minutes left', { slaDueAt: at(25 * 60_000) }, 'Due in 25 min', 'soon'],
    ['days left', { slaDueAt: at(3 * 24 * HOUR) }, 'Due in 3 d', 'ok'],
    [
      'flagged breached by the sweep',
      { breached: true },
      'Breached',
      'breached',
    ],
    [
      'past due, not yet swept',
      { slaDueAt: at(-60_000) },
      'Breached',
      'breached',
    ],
    [
      'waiting on the reporter',
      { status: 'waiting_on_reporter', breached: true },
      'SLA paused — waiting on reporter',
      'paused',
    ],
    [
      'not yet triaged',
      { status: 'new', slaDueAt: null },
      'No SLA yet',
      'none',
    ],
    ['resolved', { status: 'resolved' }, null, null],
  ])('%s', (_case, overrides, text, tone) => {
    const state = slaState(facts(overrides), NOW);
    expect(state?.text ?? null).toBe(text);
    expect(state?.tone ?? null).toBe(tone);
  });
});
