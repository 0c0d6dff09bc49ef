import type { Priority } from '@navdesk/contracts';
import { DAY } from './demo-history';

/** The navigator back from leave: the bell has piled up while they were away. */
export const BACK_FROM_LEAVE_EMAIL = 'nav1@navdesk.test';
/** How long they were away, and how many unread notifications wait (over 99: the bell shows "99+"). */
export const LEAVE_DAYS = 42;
export const UNREAD_ON_RETURN = 120;

/** What the bell needs to know of a ticket in the navigator's services. */
export interface BellTicket {
  id: string;
  reference: string;
  priority: Priority | null;
  createdAt: Date;
  breachedAt: Date | null;
  riskFlag: boolean;
  assigneeId: string | null;
  reporterName: string;
}

export interface DemoNotification {
  userId: string;
  type: 'assigned' | 'breach' | 'risk';
  title: string;
  body: string;
  ticketId: string;
  createdAt: Date;
  readAt: null;
}

/**
 * The notifications the api would have written for a navigator over the leave, worded as it words them
 * (triage's assignment, the SLA sweep's breach, the risk alert): ticket references only, never a patient.
 * The newest `count` of them, newest first, all unread.
 */
export function leaveNotifications(navigatorId: string, tickets: readonly BellTicket[], now: Date, count = UNREAD_ON_RETURN): DemoNotification[] {
  const since = now.getTime() - LEAVE_DAYS * DAY;
  const within = (at: Date | null): at is Date => at !== null && at.getTime() >= since && at.getTime() <= now.getTime();
  const rows: DemoNotification[] = [];
  for (const t of tickets) {
    const about = { userId: navigatorId, ticketId: t.id, readAt: null };
    if (within(t.createdAt) && t.assigneeId === navigatorId) {
      const priority = (t.priority ?? '').toUpperCase();
      rows.push({ ...about, type: 'assigned', title: `${t.reference} assigned to you`, body: `Triage assigned ${t.reference} (${priority}) to you.`, createdAt: new Date(t.createdAt.getTime() + 2_000) });
    }
    if (within(t.createdAt) && t.riskFlag) {
      rows.push({ ...about, type: 'risk', title: `Possible risk in ${t.reference}`, body: `${t.reporterName} raised ${t.reference}; its text suggests risk to a patient. The duty contact has been told.`, createdAt: new Date(t.createdAt.getTime() + 5_000) });
    }
    if (within(t.breachedAt)) {
      rows.push({ ...about, type: 'breach', title: `${t.reference} breached its SLA`, body: `${t.reference} is past its SLA due time.`, createdAt: t.breachedAt });
    }
  }
  return rows.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime()).slice(0, count);
}
