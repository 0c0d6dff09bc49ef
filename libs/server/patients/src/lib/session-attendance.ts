/** What attendance needs of a session: when, and what the records feed said. */
export interface AttendableSession {
  startsAt: Date;
  attended: boolean | null;
}

/**
 * Whether a session happened: what the records feed says (attended or missed); when it has not said,
 * a session already started counts as held — the count before the feed carried attendance.
 */
export function wasHeld(session: AttendableSession, now: Date): boolean {
  return session.attended ?? session.startsAt <= now;
}

/** "Sessions attended": what happened, not what was planned. */
export function countAttended(sessions: readonly AttendableSession[], now: Date): number {
  return sessions.filter((s) => wasHeld(s, now)).length;
}
