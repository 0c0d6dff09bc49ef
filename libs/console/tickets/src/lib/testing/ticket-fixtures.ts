import type {
  IncidentView,
  KbArticleView,
  TicketDetail,
  TicketView,
} from '@navdesk/contracts';

export function ticketView(overrides: Partial<TicketView> = {}): TicketView {
  return {
    id: 't-1',
    reference: 'ND-000123',
    kind: 'tech_support',
    status: 'triaged',
    title: 'Patient cannot log in to the app',
    description: 'She gets an error after entering her code.',
    serviceId: 's-1',
    reporterId: 'u-pwp',
    reporterName: 'Priya Patel',
    patientRef: null,
    severity: 'medium',
    category: 'login_access',
    theme: 'functionality',
    priority: 'p2',
    slaDueAt: '2026-03-02T12:00:00.000Z',
    breached: false,
    assigneeId: null,
    assigneeName: null,
    incidentId: null,
    fixability: 'unknown',
    riskFlag: false,
    version: 3,
    createdAt: '2026-03-02T08:00:00.000Z',
    updatedAt: '2026-03-02T08:05:00.000Z',
    firstResponseAt: null,
    resolvedAt: null,
    feedback: null,
    ...overrides,
  };
}

export function ticketDetail(
  overrides: Partial<TicketDetail> = {},
): TicketDetail {
  return {
    ...ticketView(overrides),
    timeline: [
      {
        id: 'e-1',
        at: '2026-03-02T08:00:00.000Z',
        type: 'created',
        actorId: 'u-pwp',
        actorName: 'Priya Patel',
        body: null,
        field: null,
        from: null,
        to: null,
      },
    ],
    ...overrides,
  };
}

export function incidentView(
  overrides: Partial<IncidentView> = {},
): IncidentView {
  return {
    id: 'i-1',
    title: 'Daily mood reminder fires repeatedly',
    serviceId: 's-1',
    category: 'notifications',
    theme: 'functionality',
    status: 'open',
    fixability: 'unknown',
    ticketCount: 3,
    firstSeenAt: '2026-02-20T09:00:00.000Z',
    lastSeenAt: '2026-03-01T09:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

export function kbArticle(
  overrides: Partial<KbArticleView> = {},
): KbArticleView {
  return {
    id: 'kb-1',
    title: 'Resetting a patient’s app log-in',
    summary: 'What to try before raising a ticket.',
    body: 'Ask the patient to…',
    category: 'login_access',
    tags: ['login'],
    updatedAt: '2026-02-01T09:00:00.000Z',
    ...overrides,
  };
}
