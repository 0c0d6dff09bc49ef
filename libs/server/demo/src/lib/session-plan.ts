import type { SessionMode } from '@navdesk/contracts';

/** Face-to-face and online alternate, starting and ending face-to-face: 6 + 5 = 11. */
export const SESSION_MODES_IN_ORDER: SessionMode[] = Array.from({ length: 11 }, (_, i) => (i % 2 === 0 ? 'face_to_face' : 'online'));

/** Monday-to-Friday working day at hour:00 UTC, one week apart, starting `firstSession`. */
export function weeklySessionPlan(firstSession: Date): { number: number; startsAt: Date; mode: SessionMode }[] {
  return SESSION_MODES_IN_ORDER.map((mode, i) => ({ number: i + 1, startsAt: new Date(firstSession.getTime() + i * 7 * 24 * 3600_000), mode }));
}

/** Moves a date forward to the next weekday (Saturday and Sunday become Monday). */
export function onWeekday(date: Date): Date {
  const d = new Date(date);
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setUTCDate(d.getUTCDate() + 1);
  return d;
}

/** Small deterministic PRNG (mulberry32) so the demo looks the same on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
