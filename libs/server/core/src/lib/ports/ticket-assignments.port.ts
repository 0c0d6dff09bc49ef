import type { EntityManager } from 'typeorm';

/**
 * Handing a person's open ticket assignments on when they leave a service (deactivated, moved to other
 * services, or no longer a navigator). The identity domain asks; the tickets domain provides this port
 * and owns the tickets table; the composition (runtime) wires the two together.
 */
export const TICKET_ASSIGNMENTS = Symbol('TICKET_ASSIGNMENTS');

export interface AssignmentRelease {
  /** Whose open assignments are handed on. */
  assigneeId: string;
  /** The services they leave; their open tickets in other services stay theirs. */
  serviceIds: string[];
  /** Per service: the navigator who takes the tickets over; a service not named here gets them back in its queue. */
  replacements: Record<string, string>;
  /** Shown on each ticket's timeline, e.g. "Sam Patel's account was deactivated". */
  reason: string;
  /** The admin doing it (the timeline's actor). */
  actorId: string;
}

export interface ReleasedAssignments {
  /** The tickets handed on, with where they went (null: the service's queue). */
  tickets: { id: string; serviceId: string; reporterId: string; assigneeId: string | null }[];
  /** Everyone told (a notification each), for the live bell. */
  notifiedUserIds: string[];
}

export interface TicketAssignments {
  /**
   * Inside the caller's transaction: clears (or hands to the replacement) the assignee's open tickets in
   * the services named, writes a timeline event on each and notifies the services' other navigators.
   */
  release(manager: EntityManager, request: AssignmentRelease): Promise<ReleasedAssignments>;
  /** After the commit: tells live pages that the tickets and the bells changed. */
  announce(released: ReleasedAssignments): Promise<void>;
}
