import type { OutcomeFigure, OutcomesReport } from '@navdesk/contracts';
import { startApiTestApp, type ApiTestApp } from '@navdesk/server/runtime/testing';

/*
 * The demo's two quarters of history as a manager reads them on `npm start`: manager1 opens the Outcomes
 * page on its default period (this quarter to date, London days; libs/console/reports, outcomes-filters)
 * against the period of the same length before it, and each of the four barriers has improved, over
 * figures large enough to be shown (docs/report-definitions.md, "Outcomes").
 *
 * The demo is placed relative to the day it is seeded. The confidence figure counts questions in the
 * month after training held in the period, so it needs a quarter at least six weeks old (before then
 * the page says there is too little to compare, by definition). On the first 45 days of a quarter the
 * clock (Date alone: timers, Postgres and Redis keep real time) is moved forward to the quarter's 46th
 * day, so this test asks the same of the demo on every day of the year.
 */

const DAY = 86_400_000;
/** The first day of the quarter from which the demo promises all four barriers. */
const FIRST_FULL_DAY = 46;

const london = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });
const londonDay = (at: Date) => london.format(at);
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
const daysFrom = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
/** As the console's Outcomes page: 1 Jan, 1 Apr, 1 Jul or 1 Oct. */
const quarterStart = (day: string) => `${day.slice(0, 5)}${String(Math.floor((Number(day.slice(5, 7)) - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;

/** Now, or the same time of the quarter's 46th day when the quarter is younger than that. */
function demoNow(real: Date): Date {
  const today = londonDay(real);
  const dayOfQuarter = daysFrom(quarterStart(today), today) + 1;
  return new Date(real.getTime() + Math.max(0, FIRST_FULL_DAY - dayOfQuarter) * DAY);
}

/**
 * Shown for both periods (bases of 5 or more), and moved the better way by at least `visibly` (in the
 * figure's own unit: points of a percentage, hours): more than a history that stood still would show.
 */
function expectBetter(name: string, figure: OutcomeFigure, visibly: number): void {
  const { current, previous, suppressed } = figure;
  expect({ name, suppressed, shown: current !== null && previous !== null }).toEqual({ name, suppressed: false, shown: true });
  const gain = figure.betterWhen === 'up' ? (current as number) - (previous as number) : (previous as number) - (current as number);
  expect({ name, previous, current, visiblyBetter: gain >= visibly }).toEqual({ name, previous, current, visiblyBetter: true });
}

describe('demo history: each barrier shrinks this quarter', () => {
  let t: ApiTestApp;
  let report: OutcomesReport;
  let serviceIds: string[];

  beforeAll(async () => {
    jest.useFakeTimers({
      now: demoNow(new Date()),
      advanceTimers: true,
      doNotFake: ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback', 'cancelIdleCallback', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'],
    });
    t = await startApiTestApp({ label: 'demo_outcomes', seedDemo: true });
    const manager = await t.signIn('manager1@navdesk.test');
    serviceIds = manager.user.serviceIds;
    const today = londonDay(new Date());
    const res = await t.call('GET', `/api/reports/outcomes?from=${quarterStart(today)}&to=${today}`, { token: manager.accessToken });
    expect(res.status).toBe(200);
    report = res.body;
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    jest.useRealTimers();
  });

  it('compares this quarter to date with the days just before it, over the manager’s three services', () => {
    const today = londonDay(new Date());
    expect(report).toMatchObject({ from: quarterStart(today), to: today, previous: { to: addDays(quarterStart(today), -1), from: addDays(quarterStart(today), -(daysFrom(quarterStart(today), today) + 1)) } });
    expect(serviceIds).toHaveLength(3);
  });

  it('functionality: fewer tickets breach their SLA, fewer sessions are disrupted, more tickets are fixed before the next session', async () => {
    expect(report.functionality.headline.trend).toBe('better');
    expectBetter('disruptedTherapy', report.functionality.disruptedTherapy, 2);
    expectBetter('resolvedBeforeNextSession', report.functionality.resolvedBeforeNextSession, 2);
    // Breaches: tickets fixed after their SLA, or still open past it.
    const breaches = async (period: { from: string; to: string }) => {
      const [row]: { breached: number; tickets: number }[] = await t.db.query(
        `SELECT count(*) FILTER (WHERE resolved_at > sla_due_at OR (resolved_at IS NULL AND sla_due_at < $4))::int AS breached, count(*)::int AS tickets
           FROM tickets WHERE service_id = ANY($1) AND created_at >= ($2::date::timestamp AT TIME ZONE 'Europe/London') AND created_at < (($3::date + 1)::timestamp AT TIME ZONE 'Europe/London')`,
        [serviceIds, period.from, period.to, new Date()],
      );
      return row as { breached: number; tickets: number };
    };
    const [current, previous] = [await breaches(report), await breaches(report.previous)];
    expect(current.breached).toBeLessThan(previous.breached);
    expect(current.breached / current.tickets).toBeLessThan((previous.breached / previous.tickets) * 0.8);
  });

  it('time: more briefs are opened before face-to-face sessions', () => {
    expect(report.time.headline.trend).toBe('better');
    expectBetter('openedBeforeSession', report.time.openedBeforeSession, 5);
  });

  it('flexibility: tailoring decisions come faster, and most are approved and applied', () => {
    expect(report.flexibility.headline.trend).toBe('better');
    // A fifth faster at least.
    expectBetter('medianHoursToDecision', report.flexibility.medianHoursToDecision, 0.2 * (report.flexibility.medianHoursToDecision.previous ?? 0));
    for (const share of [report.flexibility.approvedShare, report.flexibility.appliedShare]) {
      expect(share.suppressed).toBe(false);
      expect(share.current).toBeGreaterThanOrEqual(60);
      expect(share.current).toBeLessThanOrEqual(100);
    }
  });

  it('confidence: PWPs ask fewer "how do I…" questions after their training, and feel surer after each module', () => {
    expect(report.confidence.headline.trend).toBe('better');
    const { before, after, pwps, suppressed } = report.confidence.howDoIPerPwpMonth;
    expect({ suppressed, pwps: typeof pwps === 'number' && pwps >= 5 }).toEqual({ suppressed: false, pwps: true });
    // Half as many at most.
    expect(after as number).toBeLessThanOrEqual((before as number) / 2);
    const changes = report.confidence.meanChangeByModule.map((m) => m.figure.current).filter((c): c is number => c !== null);
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.every((c) => c > 0)).toBe(true);
  });
});
