import { Priority, Severity, TicketCategory } from '@navdesk/contracts';

export interface PriorityInput {
  severity: Severity;
  category: TicketCategory | null;
  riskFlag: boolean;
  /** The patient's next booked session, if known. */
  nextSessionAt: Date | null;
  now: Date;
}

/** A lock-out or crash this close to a session would cost the patient that session (wall-clock hours). */
export const SESSION_URGENCY_HOURS = 48;

/** Categories that stop a patient using the programme at all, so they jump the queue before a session. */
const BLOCKING_CATEGORIES: readonly TicketCategory[] = ['login_access', 'app_crash'];

/**
 * First matching row wins:
 *
 * | # | condition                                                                  | priority |
 * |---|----------------------------------------------------------------------------|----------|
 * | 1 | riskFlag (risk protocol applies, whatever the tech fault)                  | p1       |
 * | 2 | severity critical                                                          | p1       |
 * | 3 | severity high                                                              | p2       |
 * | 4 | login_access or app_crash, next session ahead and within 48 h of `now`     | p2       |
 * | 5 | severity medium                                                            | p3       |
 * | 6 | severity low                                                               | p4       |
 *
 * Row 4 uses wall-clock hours, not business hours: the session happens whether or not we are open.
 * A session already in the past does not escalate.
 */
export function priorityFor(input: PriorityInput): Priority {
  if (input.riskFlag || input.severity === 'critical') return 'p1';
  if (input.severity === 'high') return 'p2';
  if (input.category && BLOCKING_CATEGORIES.includes(input.category) && sessionIsSoon(input.nextSessionAt, input.now)) return 'p2';
  return input.severity === 'medium' ? 'p3' : 'p4';
}

function sessionIsSoon(nextSessionAt: Date | null, now: Date): boolean {
  if (!nextSessionAt) return false;
  const ahead = nextSessionAt.getTime() - now.getTime();
  return ahead >= 0 && ahead <= SESSION_URGENCY_HOURS * 3_600_000;
}
