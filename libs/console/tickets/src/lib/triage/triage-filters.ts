import {
  OPEN_TICKET_STATUSES,
  type Priority,
  type Theme,
  type TicketCategory,
  type TicketKind,
  type TicketListQuery,
  type TicketStatus,
} from '@navdesk/contracts';

/** `open`: any status that still needs work (the API takes the list of them). */
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
    filters.status === 'open'
      ? OPEN_TICKET_STATUSES
      : filters.status === 'any'
        ? undefined
        : filters.status;
  const assigneeId =
    filters.assignee === 'me'
      ? (myId ?? undefined)
      : filters.assignee || undefined;
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

/** Whether a ticket fetched on its own (a live arrival) belongs in the filtered queue. */
export function matchesFilters(
  ticket: {
    status: TicketStatus;
    kind: TicketKind;
    category: TicketCategory | null;
    theme: Theme | null;
    priority: Priority | null;
    assigneeId: string | null;
    breached: boolean;
    reference: string;
    title: string;
    description: string;
  },
  filters: TriageFilters,
  myId: string | null,
): boolean {
  if (
    filters.status === 'open' &&
    !OPEN_TICKET_STATUSES.includes(ticket.status)
  )
    return false;
  if (
    filters.status !== 'open' &&
    filters.status !== 'any' &&
    ticket.status !== filters.status
  )
    return false;
  if (filters.kind && ticket.kind !== filters.kind) return false;
  if (filters.category && ticket.category !== filters.category) return false;
  if (filters.theme && ticket.theme !== filters.theme) return false;
  if (filters.priority && ticket.priority !== filters.priority) return false;
  if (filters.breached && ticket.breached !== (filters.breached === 'yes'))
    return false;
  if (filters.assignee === 'unassigned' && ticket.assigneeId !== null)
    return false;
  if (filters.assignee === 'me' && ticket.assigneeId !== myId) return false;
  if (
    filters.assignee &&
    filters.assignee !== 'me' &&
    filters.assignee !== 'unassigned' &&
    ticket.assigneeId !== filters.assignee
  ) {
    return false;
  }
  const q = filters.q.trim().toLowerCase();
  return (
    !q ||
    [ticket.reference, ticket.title, ticket.description].some((text) =>
      text.toLowerCase().includes(q),
    )
  );
}
