import type {
  PatientDetail,
  PatientListItem,
} from '@navdesk/contracts';
import { REF } from './patient-fixtures';

export function listItem(
  overrides: Partial<PatientListItem> = {},
): PatientListItem {
  return {
    patientRef: REF,
    serviceId: 's-1',
    pwpId: 'u-pwp',
    sessionsPlanned: 11,
    sessionsAttended: 3,
    nextSession: {
      number: 4,
      startsAt: '2026-03-03T10:00:00.000Z',
      mode: 'online',
    },
    sessions: [],
    lastLoginAt: null,
    modulesCompleted: 0,
    moodTrend: null,
    flags: [],
    ...overrides,
  };
}

export function patientDetail(
  overrides: Partial<PatientDetail> = {},
): PatientDetail {
  return {
    ...listItem(),
    mandatoryModules: ['m-intro', 'm-thoughts'],
    registeredAt: '2026-01-05T09:00:00.000Z',
    ...overrides,
  };
}
