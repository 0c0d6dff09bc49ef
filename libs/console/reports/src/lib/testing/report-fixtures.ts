import type {
  EngagementReport,
  IncidentsReport,
  OperationsReport,
  OutcomeFigure,
  OutcomesReport,
  TailoringReport,
  TrainingReport,
  UsabilityTrendsReport,
} from '@navdesk/contracts';

const WINDOW = {
  from: '2026-01-05',
  to: '2026-03-30',
  serviceIds: ['s-1', 's-2'],
};

export function trendsReport(
  overrides: Partial<UsabilityTrendsReport> = {},
): UsabilityTrendsReport {
  return {
    ...WINDOW,
    interval: 'week',
    groupBy: 'theme',
    buckets: [
      {
        start: '2026-03-16',
        counts: { time: 2, functionality: 9, flexibility: 3, confidence: 1 },
        fixable: 6,
        notFixable: 4,
        total: 15,
      },
      {
        start: '2026-03-23',
        counts: { time: 1, functionality: 5, flexibility: 2, confidence: 0 },
        fixable: 3,
        notFixable: 3,
        total: 8,
      },
    ],
    ...overrides,
  };
}

export function incidentsReport(
  overrides: Partial<IncidentsReport> = {},
): IncidentsReport {
  return {
    ...WINDOW,
    incidents: [
      {
        id: 'inc-1',
        title: 'Reminders arrive at 3am',
        serviceId: 's-1',
        category: 'notifications',
        theme: 'functionality',
        status: 'open',
        fixability: 'not_fixable',
        ticketCount: 14,
        firstSeenAt: '2026-01-12T09:00:00.000Z',
        lastSeenAt: '2026-03-27T16:30:00.000Z',
      },
      {
        id: 'inc-2',
        title: 'Module 3 will not open on Android',
        serviceId: 's-2',
        category: 'app_crash',
        theme: null,
        status: 'resolved',
        fixability: 'fixable',
        ticketCount: 6,
        firstSeenAt: '2026-02-02T09:00:00.000Z',
        lastSeenAt: '2026-02-20T10:00:00.000Z',
      },
    ],
    ...overrides,
  };
}

export function operationsReport(
  overrides: Partial<OperationsReport> = {},
): OperationsReport {
  return {
    ...WINDOW,
    services: [
      {
        serviceId: 's-1',
        serviceName: 'North',
        backlog: 7,
        created: 40,
        resolved: 36,
        slaMetPercent: 91.7,
        byPriority: [
          {
            priority: 'p1',
            resolved: 4,
            slaMetPercent: 75,
            medianFirstResponseMinutes: 25,
            medianResolutionMinutes: 135,
            backlog: 1,
          },
          {
            priority: 'p3',
            resolved: 0,
            slaMetPercent: null,
            medianFirstResponseMinutes: null,
            medianResolutionMinutes: null,
            backlog: 6,
          },
        ],
      },
      {
        serviceId: 's-2',
        serviceName: 'South',
        backlog: 2,
        created: 10,
        resolved: 9,
        slaMetPercent: null,
        byPriority: [],
      },
    ],
    ...overrides,
  };
}

export function trainingReport(
  overrides: Partial<TrainingReport> = {},
): TrainingReport {
  return {
    ...WINDOW,
    sessions: 6,
    seatsOffered: 72,
    bookings: 40,
    attendances: 34,
    attendanceRate: 85,
    meanConfidenceChange: 1.84,
    modules: [
      {
        moduleId: 'tm-1',
        title: 'Choosing modules with patients',
        sessions: 4,
        attended: 25,
        meanConfidenceChange: 2.1,
      },
      {
        moduleId: 'tm-2',
        title: 'Troubleshooting log-ins',
        sessions: 2,
        attended: 9,
        meanConfidenceChange: null,
      },
    ],
    coverage: [
      { serviceId: 's-1', serviceName: 'North', complete: 9, total: 12 },
      { serviceId: 's-2', serviceName: 'South', complete: 0, total: 0 },
    ],
    ...overrides,
  };
}

export function engagementReport(
  overrides: Partial<EngagementReport> = {},
): EngagementReport {
  return {
    ...WINDOW,
    patients: 212,
    activePatients: 148,
    modulesCompleted: 390,
    moduleCompletionRate: 63.4,
    flags: [
      { kind: 'no_login', raised: 31, cleared: 22 },
      { kind: 'mood_drop', raised: '<5', cleared: '<5' },
    ],
    notificationChanges: 12,
    resetsCompleted: '<5',
    weeks: [
      {
        start: '2026-03-16',
        activePatients: 97,
        modulesCompleted: 41,
        flagsRaised: 8,
        flagsCleared: 5,
      },
      {
        start: '2026-03-23',
        activePatients: '<5',
        modulesCompleted: '<5',
        flagsRaised: '<5',
        flagsCleared: 0,
      },
    ],
    ...overrides,
  };
}

export function tailoringReport(
  overrides: Partial<TailoringReport> = {},
): TailoringReport {
  return {
    ...WINDOW,
    byAction: [
      {
        action: 'skip',
        requested: 18,
        approved: 11,
        declined: 5,
        pending: '<5',
      },
      {
        action: 'replace',
        requested: 7,
        approved: '<5',
        declined: '<5',
        pending: 0,
      },
      { action: 'add', requested: 0, approved: 0, declined: 0, pending: 0 },
    ],
    topSkipped: [
      {
        moduleId: 'm04-problem-solving',
        title: 'Problem solving',
        requests: 9,
      },
      {
        moduleId: 'm02-thoughts',
        title: 'Thoughts and feelings',
        requests: '<5',
      },
    ],
    ...overrides,
  };
}

/** A figure of an outcome (defaults: 12 → 7, over 40 and 38 items, lower is better). */
export function outcomeFigure(
  overrides: Partial<OutcomeFigure> = {},
): OutcomeFigure {
  return {
    current: 7,
    previous: 12,
    currentBase: 40,
    previousBase: 38,
    suppressed: false,
    betterWhen: 'down',
    ...overrides,
  };
}

/** Hidden to protect privacy this period (a base of 1–4). */
const SUPPRESSED_NOW = outcomeFigure({
  current: null,
  currentBase: '<5',
  suppressed: true,
});

/** This quarter to date (1 Jan to 29 Mar 2026) against the 88 days before, as a navigator sees it. */
export function outcomesReport(
  overrides: Partial<OutcomesReport> = {},
): OutcomesReport {
  return {
    from: '2026-01-01',
    to: '2026-03-29',
    serviceIds: ['s-1', 's-2'],
    previous: { from: '2025-10-04', to: '2025-12-31' },
    functionality: {
      headline: {
        text: 'Fewer sessions disrupted by tech this quarter (12 % → 7 %)',
        trend: 'better',
      },
      resolvedBeforeNextSession: outcomeFigure({
        current: 81,
        previous: 64,
        betterWhen: 'up',
      }),
      disruptedTherapy: outcomeFigure(),
      medianResolutionMinutesByTheme: [
        {
          theme: 'functionality',
          figure: outcomeFigure({ current: 90, previous: 150 }),
        },
        { theme: 'time', figure: SUPPRESSED_NOW },
      ],
      fixabilityByMonth: [
        { month: '2025-12', fixable: 9, notFixable: 6 },
        { month: '2026-01', fixable: 11, notFixable: 3 },
      ],
    },
    time: {
      headline: {
        text: 'More briefs opened before sessions this quarter (55 % → 72 %)',
        trend: 'better',
      },
      openedBeforeSession: outcomeFigure({
        current: 72,
        previous: 55,
        betterWhen: 'up',
      }),
      medianMinutesBefore: outcomeFigure({
        current: 45,
        previous: 20,
        betterWhen: 'up',
      }),
      byService: [
        {
          serviceId: 's-1',
          serviceName: 'North',
          openedBeforeSession: outcomeFigure({
            current: 75,
            previous: 50,
            betterWhen: 'up',
          }),
          medianMinutesBefore: outcomeFigure({
            current: 50,
            previous: 15,
            betterWhen: 'up',
          }),
        },
        {
          serviceId: 's-2',
          serviceName: 'South',
          openedBeforeSession: SUPPRESSED_NOW,
          medianMinutesBefore: SUPPRESSED_NOW,
        },
      ],
      byPwp: [
        {
          pwpId: 'pwp-1',
          pwpName: 'Pat Practitioner',
          openedBeforeSession: outcomeFigure({
            current: 80,
            previous: 60,
            betterWhen: 'up',
          }),
          medianMinutesBefore: outcomeFigure({
            current: 30,
            previous: 10,
            betterWhen: 'up',
          }),
        },
      ],
    },
    flexibility: {
      headline: {
        text: 'Tailoring decisions came more slowly this quarter (20 h → 31 h)',
        trend: 'worse',
      },
      medianHoursToDecision: outcomeFigure({ current: 31, previous: 20 }),
      approvedShare: outcomeFigure({
        current: 62,
        previous: 58,
        betterWhen: 'up',
      }),
      appliedShare: SUPPRESSED_NOW,
      topAskedAway: [
        {
          moduleId: 'm04-problem-solving',
          title: 'Problem solving',
          requests: 9,
        },
        {
          moduleId: 'm02-thoughts',
          title: 'Thoughts and feelings',
          requests: '<5',
        },
      ],
      dropOutByModule: [
        {
          moduleId: 'm04-problem-solving',
          title: 'Problem solving',
          tailored: outcomeFigure({ current: 10 }),
          notTailored: outcomeFigure({ current: 35 }),
        },
        {
          moduleId: 'm02-thoughts',
          title: 'Thoughts and feelings',
          tailored: SUPPRESSED_NOW,
          notTailored: outcomeFigure({ current: 0 }),
        },
      ],
    },
    confidence: {
      headline: {
        text: 'Confidence after training is not compared: too few PWPs',
        trend: 'unknown',
      },
      meanChangeByModule: [
        {
          moduleId: 'tm-1',
          title: 'Choosing modules with patients',
          figure: outcomeFigure({
            current: 2.1,
            previous: 1.4,
            betterWhen: 'up',
          }),
        },
      ],
      howDoIPerPwpMonth: {
        before: null,
        after: null,
        pwps: '<5',
        suppressed: true,
      },
    },
    ...overrides,
  };
}
