import { RESET_LIMITS } from '@navdesk/contracts';

const HOUR_MS = 3_600_000;

export type RateVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * At most `limit` resets for one patient in any rolling hour. `recent` are the times resets were
 * asked for (new or retried); the caller waits until the oldest of the last `limit` leaves the hour.
 */
export function resetRateVerdict(recent: readonly Date[], now: Date, limit: number = RESET_LIMITS.perPatientPerHour): RateVerdict {
  const inWindow = recent.filter((t) => now.getTime() - t.getTime() < HOUR_MS).sort((a, b) => b.getTime() - a.getTime());
  if (inWindow.length < limit) return { allowed: true };
  const freesAt = (inWindow[limit - 1] as Date).getTime() + HOUR_MS;
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((freesAt - now.getTime()) / 1000)) };
}

/** A sent reset lapses this long after it was sent. */
export function resetExpiresAt(sentAt: Date): Date {
  return new Date(sentAt.getTime() + RESET_LIMITS.expiryHours * HOUR_MS);
}

/** The reset worked when the programme saw the patient log in after it was sent. */
export function loggedInSince(lastLoginAt: string | null, sentAt: Date): boolean {
  if (!lastLoginAt) return false;
  const at = Date.parse(lastLoginAt);
  return Number.isFinite(at) && at > sentAt.getTime();
}

/** BullMQ counts attempts made before this one; the last attempt is the one that may not retry. */
export function isLastAttempt(attemptsMade: number, attempts: number | undefined): boolean {
  return attemptsMade + 1 >= (attempts ?? 1);
}

/** What the programme is sent as the request id: the same id for every attempt of a round. */
export function programmeRequestId(resetId: string, round: number): string {
  return round === 1 ? resetId : `${resetId}.${round}`;
}
