import type {
  PatientEngagement,
  PatientFlagView,
  PreSessionBrief,
} from '@navdesk/contracts';

/** The patient every fixture here belongs to. */
export const REF = 'P-7QK2M9';

export function patientFlagView(
  overrides: Partial<PatientFlagView> = {},
): PatientFlagView {
  return {
    id: 'f-1',
    patientRef: REF,
    kind: 'no_login',
    cause: 'technical',
    status: 'open',
    detail:
      'No log-in for 9 days (last 21 Feb); stopped right after the app updated to 4.3.0',
    raisedAt: '2026-03-02T06:00:00.000Z',
    clearedAt: null,
    ...overrides,
  };
}

export function engagement(
  overrides: Partial<PatientEngagement> = {},
): PatientEngagement {
  return {
    patientRef: REF,
    from: '2025-12-09T00:00:00.000Z',
    to: '2026-03-03T00:00:00.000Z',
    mood: [
      { at: '2026-02-23T20:00:00.000Z', value: 7 },
      { at: '2026-02-25T20:00:00.000Z', value: 6 },
      { at: '2026-03-01T20:00:00.000Z', value: 4 },
    ],
    logins: [
      '2026-02-23T19:00:00.000Z',
      '2026-02-23T21:00:00.000Z',
      '2026-02-25T19:00:00.000Z',
    ],
    modules: [
      {
        moduleId: 'm-extra',
        startedAt: '2026-02-10T10:00:00.000Z',
        completedAt: null,
        mandatory: false,
      },
      {
        moduleId: 'm-intro',
        startedAt: '2026-01-06T10:00:00.000Z',
        completedAt: '2026-01-12T10:00:00.000Z',
        mandatory: true,
      },
    ],
    notifications: { sent: 30, dismissed: 12 },
    daily: [
      {
        day: '2026-02-23',
        logins: 2,
        moodAvg: 7,
        notificationsSent: 3,
        notificationsDismissed: 1,
      },
      {
        day: '2026-02-25',
        logins: 1,
        moodAvg: 6,
        notificationsSent: 2,
        notificationsDismissed: 2,
      },
      {
        day: '2026-03-01',
        logins: 0,
        moodAvg: 4,
        notificationsSent: 4,
        notificationsDismissed: 4,
      },
    ],
    ...overrides,
  };
}

export function brief(
  overrides: Partial<PreSessionBrief> = {},
): PreSessionBrief {
  return {
    patientRef: REF,
    session: {
      number: 4,
      startsAt: '2026-03-04T10:00:00.000Z',
      mode: 'face_to_face',
    },
    since: '2026-02-18T10:00:00.000Z',
    preparedAt: '2026-03-02T06:00:00.000Z',
    modules: {
      completed: ['m-thoughts'],
      started: ['m-extra'],
      overdueMandatory: ['m-activity'],
    },
    mood: { latest: 4, min: 4, max: 7, change: -3, ratings: 5 },
    logins: {
      count: 3,
      daysActive: 2,
      longestGapDays: 6,
      lastLoginAt: '2026-02-25T19:00:00.000Z',
    },
    notifications: { sent: 30, dismissed: 12 },
    flags: [patientFlagView()],
    openTickets: [
      {
        id: 't-1',
        reference: 'ND-000042',
        title: 'App crashes on the mood screen',
        status: 'in_progress',
      },
    ],
    resets: [
      { id: 'r-1', status: 'sent', createdAt: '2026-03-01T09:00:00.000Z' },
    ],
    ...overrides,
  };
}
