/**
 * The shape of the demo's history: two quarters (and a fortnight) in which the navigator service gets
 * better steadily. Every barrier's figure follows a straight line from where the service started to
 * where it is today, so any period compared with the one of the same length before it shows the
 * improvement, whatever day the demo is seeded.
 */

export const DAY = 24 * 3600_000;

/** Two quarters and a fortnight: a quarter ending today has a whole quarter before it. */
export const HISTORY_DAYS = 196;

/** Days from `at` back to `now` (0 today, HISTORY_DAYS at the start of the history). */
export const ageInDays = (at: Date, now: Date): number => (now.getTime() - at.getTime()) / DAY;

/** A figure moving in a straight line from `then` (the start of the history) to `today`. */
export function trend(then: number, today: number, at: Date, now: Date): number {
  const progress = 1 - Math.min(Math.max(ageInDays(at, now) / HISTORY_DAYS, 0), 1);
  return then + (today - then) * progress;
}

/**
 * Yes to a share `p` of the calls, spread evenly instead of at random (error diffusion): over any run
 * of calls the yeses are the sum of their `p` to within one. Random draws over a few dozen tickets could
 * hide a trend of a few points; this keeps every period's share on the line.
 */
export class EvenShare {
  private carry = 0.5;

  take(p: number): boolean {
    this.carry += p;
    if (this.carry < 1) return false;
    this.carry -= 1;
    return true;
  }
}

/** One EvenShare per key (a service, a PWP), so each of them follows the line on its own. */
export class EvenShares {
  private readonly shares = new Map<string, EvenShare>();

  take(key: string, p: number): boolean {
    let share = this.shares.get(key);
    if (!share) this.shares.set(key, (share = new EvenShare()));
    return share.take(p);
  }
}
