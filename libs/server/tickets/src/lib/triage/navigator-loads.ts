/**
 * Open tickets are counted up to this many: past it a navigator counts as full, as busy as any other past it,
 * and the batch's picks spread evenly over them. Counting every open ticket made each batch's read grow with
 * the backlog (100,000 tickets assigned in bench:queues' drain slowed triage by a third by the end).
 */
export const NAVIGATOR_LOAD_CAP = 500;

export interface NavigatorLoad {
  serviceId: string;
  id: string;
  open: number;
}

/** The loads of the services `services` (an SQL array), with the open statuses and the cap as the given parameters. */
export const loadsSql = (services: string, statuses: string, cap: string) => `
SELECT us.service_id AS "serviceId", u.id,
       (SELECT count(*) FROM (SELECT 1 FROM tickets t WHERE t.assignee_id = u.id AND t.status = ANY(${statuses}::ticket_status[]) LIMIT ${cap}) open)::int AS open
  FROM users u JOIN user_services us ON us.user_id = u.id
 WHERE us.service_id = ANY(${services}) AND u.role = 'navigator' AND u.active`;

/**
 * The active navigators of some services with their open tickets, read once for a batch (by loadsSql, inside
 * the batch's own statement): each pick takes
 * the least loaded (ties by id) and counts the ticket against them, so a batch spreads its tickets as one
 * by one would. Not serialised across batches: two at the same instant may favour the same person, which
 * evens out on the next tickets and keeps triage parallel.
 */
export class NavigatorLoads {
  private constructor(private readonly byService: Map<string, { id: string; open: number }[]>) {}

  /** From loads read by the caller's own statement (loadsSql). */
  static of(rows: readonly NavigatorLoad[]): NavigatorLoads {
    const byService = new Map<string, { id: string; open: number }[]>();
    for (const r of rows) byService.set(r.serviceId, [...(byService.get(r.serviceId) ?? []), { id: r.id, open: r.open }]);
    return new NavigatorLoads(byService);
  }

  /** The least-loaded navigator of the service (fewest open tickets, then lowest id), now one ticket busier; null if it has none. */
  pick(serviceId: string): string | null {
    const navigators = this.byService.get(serviceId) ?? [];
    let best: { id: string; open: number } | null = null;
    for (const n of navigators) if (!best || n.open < best.open || (n.open === best.open && n.id < best.id)) best = n;
    if (!best) return null;
    best.open += 1;
    return best.id;
  }
}
