import type { PatientFlagView, PreSessionBrief } from '@navdesk/contracts';

import { londonDay, wholeDaysBetween } from './london-time';

/** Everything the pre-session brief is made from; the caller loads it, this only composes. */
export interface BriefInput {
  patientRef: string;
  session: { number: number; startsAt: Date; mode: 'face_to_face' | 'online' };
  /** The previous session's start, or registeredAt. */
  since: Date;
  now: Date;
  /** since → now, any order. */
  logins: Date[];
  /** since → now, any order. */
  moods: { at: Date; value: number }[];
  /** Modules with activity since. */
  modules: {
    moduleId: string;
    startedAt: Date | null;
    completedAt: Date | null;
  }[];
  mandatoryOverdue: string[];
  notifications: { sent: number; dismissed: number };
  flags: PatientFlagView[];
  openTickets: {
    id: string;
    reference: string;
    title: string;
    status: string;
  }[];
  resets: { id: string; status: string; createdAt: Date }[];
  /** Tailoring requests still open, or decided since the previous session; absent means none loaded. */
  tailoring?: NonNullable<PreSessionBrief['tailoring']>;
}

/**
 * What changed since the last session, readable in a minute. Events outside since → now (inclusive)
 * are left out, so "since" means what it says even when the caller loads a little more.
 */
export function composeBrief(input: BriefInput): PreSessionBrief {
  const within = (at: Date) =>
    at.getTime() >= input.since.getTime() &&
    at.getTime() <= input.now.getTime();
  return {
    patientRef: input.patientRef,
    session: {
      number: input.session.number,
      startsAt: input.session.startsAt.toISOString(),
      mode: input.session.mode,
    },
    since: input.since.toISOString(),
    preparedAt: input.now.toISOString(),
    modules: {
      ...moduleActivity(input.modules, within, input.now),
      overdueMandatory: [...input.mandatoryOverdue],
    },
    mood: moodSummary(input.moods.filter((m) => within(m.at))),
    logins: loginSummary(input.logins.filter(within), input.since, input.now),
    notifications: {
      sent: input.notifications.sent,
      dismissed: input.notifications.dismissed,
    },
    flags: input.flags.map((f) => ({ ...f })),
    openTickets: input.openTickets.map((t) => ({ ...t })),
    resets: input.resets.map((r) => ({
      id: r.id,
      status: r.status,
      createdAt: r.createdAt.toISOString(),
    })),
    tailoring: (input.tailoring ?? []).map((t) => ({ ...t })),
  };
}

/** Completed since, in order of completion; started since and not (yet) completed, in order of starting. */
function moduleActivity(
  modules: BriefInput['modules'],
  within: (at: Date) => boolean,
  now: Date,
): { completed: string[]; started: string[] } {
  const completed = modules
    .filter(
      (m): m is typeof m & { completedAt: Date } =>
        m.completedAt !== null && within(m.completedAt),
    )
    .sort(
      (a, b) =>
        a.completedAt.getTime() - b.completedAt.getTime() ||
        a.moduleId.localeCompare(b.moduleId),
    )
    .map((m) => m.moduleId);
  const started = modules
    .filter(
      (m): m is typeof m & { startedAt: Date } =>
        m.startedAt !== null && within(m.startedAt),
    )
    .filter(
      (m) => m.completedAt === null || m.completedAt.getTime() > now.getTime(),
    )
    .sort(
      (a, b) =>
        a.startedAt.getTime() - b.startedAt.getTime() ||
        a.moduleId.localeCompare(b.moduleId),
    )
    .map((m) => m.moduleId);
  const done = new Set(completed);
  return {
    completed: unique(completed),
    started: unique(started.filter((id) => !done.has(id))),
  };
}

/** `change` is the latest rating minus the first since; null with fewer than two ratings. */
function moodSummary(moods: BriefInput['moods']): PreSessionBrief['mood'] {
  if (moods.length === 0)
    return { latest: null, min: null, max: null, change: null, ratings: 0 };
  const sorted = [...moods].sort((a, b) => a.at.getTime() - b.at.getTime());
  const values = sorted.map((m) => m.value);
  const latest = values[values.length - 1];
  return {
    latest,
    min: Math.min(...values),
    max: Math.max(...values),
    change: values.length >= 2 ? latest - values[0] : null,
    ratings: values.length,
  };
}

/**
 * daysActive: distinct London calendar days with a log-in. longestGapDays: the longest stretch without
 * a log-in in whole days, counting since → first log-in and last log-in → now (since → now when none).
 */
function loginSummary(
  logins: Date[],
  since: Date,
  now: Date,
): PreSessionBrief['logins'] {
  const sorted = [...logins].sort((a, b) => a.getTime() - b.getTime());
  const points = [since, ...sorted, now];
  let longestGapDays = 0;
  for (let i = 1; i < points.length; i++)
    longestGapDays = Math.max(
      longestGapDays,
      wholeDaysBetween(points[i - 1], points[i]),
    );
  return {
    count: sorted.length,
    daysActive: new Set(sorted.map(londonDay)).size,
    longestGapDays,
    lastLoginAt:
      sorted.length > 0 ? sorted[sorted.length - 1].toISOString() : null,
  };
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}
