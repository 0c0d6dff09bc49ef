import type {
  Priority,
  Theme,
  TicketCategory,
  TicketKind,
  TicketListQuery,
  TicketStatus,
} from '@navdesk/contracts';

/** `open`: any status that still needs work (filtered in the console; the API takes one status). */
export type StatusFilter = TicketStatus | 'open' | 'any';

/** Filters of the triage queue. Held in component state, never in the URL (search text may hold patient data). */
export interface TriageFilters {
  status: StatusFilter;
  kind: TicketKind | '';
  category: TicketCategory | '';
  theme: Theme | '';
  priority: Priority | '';
  /** `me`, `unassigned`, a navigator id, or '' for anyone. */
  assignee: string;
  breached: 'yes' | 'no' | '';
  q: string;
}

export const DEFAULT_FILTERS: TriageFilters = {
  status: 'open',
  kind: '',
  category: '',
  theme: '',
  priority: '',
  assignee: '',
  breached: '',
  q: '',
};

/** The API query for the filters, `me` resolved to the signed-in navigator. */
export function toTicketQuery(
  filters: TriageFilters,
  myId: string | null,
): TicketListQuery {
  const status =
    filters.status === 'open' || filters.status === 'any'
      ? undefined
      : filters.status;
  const assigneeId =
    filters.assignee === 'me' ? (myId ?? undefined) : filters.assignee || undefined;
  return {
    scope: 'all',
    status,
    kind: filters.kind || undefined,
    category: filters.category || undefined,
    theme: filters.theme || undefined,
    priority: filters.priority || undefined,
    assigneeId,
    breached: filters.breached === '' ? undefined : filters.breached === 'yes',
    q: filters.q.trim() || undefined,
  };
}
