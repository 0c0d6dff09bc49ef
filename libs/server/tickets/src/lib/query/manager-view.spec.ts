import type { TicketDetail, TimelineEntry, TimelineType } from '@navdesk/contracts';
import { forManager } from './manager-view';

const entry = (id: string, type: TimelineType, body: string | null = null): TimelineEntry => ({ id, at: '2026-12-02T12:00:00.000Z', type, actorId: null, actorName: null, body, field: null, from: null, to: null });

function detail(overrides: Partial<TicketDetail> = {}): TicketDetail {
  return {
    id: 'b0000000-0000-4000-8000-000000000001',
    reference: 'ND-000042',
    kind: 'tech_support',
    status: 'triaged',
    title: 'App crashes for [patient ref]',
    description: 'Closes on the mood screen',
    textMasked: true,
    serviceId: 'c0000000-0000-4000-8000-000000000001',
    reporterId: 'a0000000-0000-4000-8000-000000000001',
    reporterName: 'Pat Reporter',
    patientRef: 'P-7QK2M9',
    severity: 'medium',
    category: 'app_crash',
    theme: 'functionality',
    priority: 'p3',
    slaDueAt: null,
    breached: false,
    assigneeId: null,
    assigneeName: null,
    incidentId: null,
    fixability: 'unknown',
    riskFlag: false,
    version: 1,
    createdAt: '2026-12-02T12:00:00.000Z',
    updatedAt: '2026-12-02T12:00:00.000Z',
    firstResponseAt: null,
    resolvedAt: null,
    feedback: null,
    timeline: [entry('e1', 'created'), entry('e2', 'reply', 'Call me'), entry('e3', 'internal_note', 'Checked the register'), entry('e4', 'risk_flagged', 'Matched: harm'), entry('e5', 'triaged', 'Triaged')],
    ...overrides,
  };
}

describe('a manager’s ticket page', () => {
  it('carries no patient ref, no comment thread and no internal line, whatever the query handed it', () => {
    const seen = forManager(detail());
    expect(seen.patientRef).toBeNull();
    expect(seen.timeline.map((e) => e.type)).toEqual(['created', 'triaged']);
    expect(JSON.stringify(seen)).not.toContain('P-7QK2M9');
  });

  it('refuses to answer a manager with text as typed', () => {
    expect(() => forManager(detail({ textMasked: false }))).toThrow(/unmasked/);
  });
});
