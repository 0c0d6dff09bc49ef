import type { CaseloadQuery } from '@navdesk/console/data-access';
import type { ActivityBand, CaseloadSort, FlagKind } from '@navdesk/contracts';

/** Caseload filters, held in the page (enums and ids only; never a patient ref). */
export interface CaseloadFilters {
  flag: FlagKind | '';
  activity: ActivityBand | '';
  /** Navigators only: one PWP's patients. */
  pwpId: string;
  /** '' leaves the order to the API. */
  sort: CaseloadSort | '';
}

export const DEFAULT_CASELOAD_FILTERS: CaseloadFilters = {
  flag: '',
  activity: '',
  pwpId: '',
  sort: '',
};

export const CASELOAD_SORT_LABELS: Record<CaseloadSort, string> = {
  ref: 'Patient ref (A to Z)',
  last_login: 'Least recently active first',
  mood_change: 'Biggest mood drop first',
  flags: 'Most flags first',
};

/** The API query for the filters: only what is set. */
export function toCaseloadQuery(filters: CaseloadFilters): CaseloadQuery {
  return {
    flag: filters.flag || undefined,
    activity: filters.activity || undefined,
    pwpId: filters.pwpId || undefined,
    sort: filters.sort || undefined,
  };
}

export function isFiltered(filters: CaseloadFilters): boolean {
  return filters.flag !== '' || filters.activity !== '' || filters.pwpId !== '';
}
