import { TRAINING_LIMITS } from '@navdesk/contracts';

export interface SessionState {
  startsAt: Date;
  cancelledAt: Date | null;
  capacity: number;
  booked: number;
}

/** Why a PWP cannot book this session now, or null when they can (full is decided by the database). */
export function bookingRefusal(session: SessionState, now: Date): string | null {
  if (session.cancelledAt) return 'This session was cancelled';
  if (session.startsAt <= now) return 'This session has already started';
  if (session.booked >= session.capacity) return 'This session is full';
  return null;
}

/** Attendance opens shortly before the start (a sign-in sheet) and stays open afterwards. */
export function attendanceRefusal(session: SessionState, now: Date): string | null {
  if (session.cancelledAt) return 'This session was cancelled';
  const opens = session.startsAt.getTime() - TRAINING_LIMITS.attendanceOpensMinutesBefore * 60_000;
  if (now.getTime() < opens) return `Attendance can be recorded from ${TRAINING_LIMITS.attendanceOpensMinutesBefore} minutes before the session starts`;
  return null;
}

/** Mean of after − before, to one decimal place; null when nothing was rated. */
export function meanConfidenceChange(ratings: readonly { confidenceBefore: number; confidenceAfter: number }[]): number | null {
  if (!ratings.length) return null;
  const total = ratings.reduce((sum, r) => sum + (r.confidenceAfter - r.confidenceBefore), 0);
  return Math.round((total / ratings.length) * 10) / 10;
}
