import { addLondonDays } from './london-time';

/** With no online sessions booked, mandatory module k is due this many days × (k + 1) after registration. */
export const MODULE_INTERVAL_DAYS_WITHOUT_SESSIONS = 14;

export interface ModuleDueDate {
  moduleId: string;
  dueAt: Date | null;
}

/**
 * When each mandatory module (in programme order) is due: module k (0-based) at the start of online
 * session k; modules beyond the online sessions at the last one; with no online sessions,
 * registeredAt + 14 days × (k + 1) (London calendar days, same wall-clock time).
 * `onlineSessions` should be sorted; a copy is sorted anyway.
 */
export function mandatoryDueDates(
  mandatoryModules: readonly string[],
  onlineSessions: readonly Date[],
  registeredAt: Date,
): ModuleDueDate[] {
  const sessions = [...onlineSessions].sort(
    (a, b) => a.getTime() - b.getTime(),
  );
  return mandatoryModules.map((moduleId, k) => {
    const dueAt =
      sessions.length > 0
        ? sessions[Math.min(k, sessions.length - 1)]
        : addLondonDays(
            registeredAt,
            MODULE_INTERVAL_DAYS_WITHOUT_SESSIONS * (k + 1),
          );
    return { moduleId, dueAt: new Date(dueAt.getTime()) };
  });
}
