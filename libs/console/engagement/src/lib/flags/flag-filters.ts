import type { FlagListQuery } from '@navdesk/console/data-access';
import type { FlagCause, FlagKind, FlagStatus } from '@navdesk/contracts';

/** The task list's filters, held in the page. '' means any. */
export interface FlagFilters {
  status: FlagStatus | '';
  kind: FlagKind | '';
  cause: FlagCause | '';
}

export const DEFAULT_FLAG_FILTERS: FlagFilters = {
  status: 'open',
  kind: '',
  cause: '',
};

export function toFlagQuery(filters: FlagFilters): FlagListQuery {
  return {
    status: filters.status || undefined,
    kind: filters.kind || undefined,
    cause: filters.cause || undefined,
  };
}

/** Whether a flag (e.g. one just acknowledged) still belongs in the filtered list. */
export function matchesFlagFilters(
  flag: { status: FlagStatus; kind: FlagKind; cause: FlagCause },
  filters: FlagFilters,
): boolean {
  return (
    (!filters.status || flag.status === filters.status) &&
    (!filters.kind || flag.kind === filters.kind) &&
    (!filters.cause || flag.cause === filters.cause)
  );
}
