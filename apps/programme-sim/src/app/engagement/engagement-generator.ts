import { createHash } from 'node:crypto';
import type { EngagementEventType } from '@navdesk/contracts';
import { APP_RELEASE_DAYS_AGO, APP_VERSION_AFTER, APP_VERSION_BEFORE, PROGRAMME_MODULES, PROGRAMME_WEEKS, type Persona, type SimEngagementEvent } from './engagement.constants';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Days relative to the anchor day (0 = the anchor day, -1 the day before). */
const RELEASE_DAY = -APP_RELEASE_DAYS_AGO;
/** Drifting patients' log-ins thin out over the last three weeks and stop from 9 days ago. */
const DRIFT_FROM_DAY = -21;
const DRIFT_LAST_LOGIN_DAY = -10;

function digest(ref: string, purpose: string): Buffer {
  return createHash('sha256').update(`${purpose}:${ref}`).digest();
}

/** A small, fast PRNG (mulberry32): the same seed gives the same sequence on every run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The persona is fixed by the ref: ~55% thriving, ~25% drifting, ~10% app update, ~10% notification-burdened. */
export function personaOf(ref: string): Persona {
  const u = digest(ref, 'persona').readUInt32BE(0) / 4_294_967_296;
  if (u < 0.55) return 'thriving';
  if (u < 0.8) return 'drifting';
  if (u < 0.9) return 'app_update';
  return 'notification_burdened';
}

/** The day a story is told from: UTC midnight of `now`. The same day gives the same story. */
export function anchorDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

export interface EngagementWindow {
  /** Personas are shaped relative to this day (made UTC midnight): the app release 9 days before it, drifting in the 3 weeks before it. */
  anchor: Date;
  /** Events at or after `from` and before `to` are returned. */
  from: Date;
  to: Date;
}

interface PatientProfile {
  persona: Persona;
  /** The first day of the programme (days relative to the anchor). */
  startDay: number;
  /** Days of each 7-day cycle (0–6, counted from the anchor) the patient usually does not log in. */
  restDays: Set<number>;
  loginHour: number;
  baseMood: number;
  /** Drifting: the last day the patient logs in (10–12 days before the anchor) and rates their mood (3–5 days before). */
  lastLoginDay: number;
  lastMoodDay: number;
}

function profileOf(ref: string): PatientProfile {
  const h = digest(ref, 'profile');
  const persona = personaOf(ref);
  const first = (h[0] ?? 0) % 7;
  const restDays = new Set([first]);
  if (persona !== 'thriving' || (h[1] ?? 0) % 2 === 0) restDays.add((first + 3 + ((h[2] ?? 0) % 2)) % 7);
  const moodBase: Record<Persona, number> = { thriving: 3, drifting: 6, app_update: 4, notification_burdened: 4 };
  return {
    persona,
    startDay: -PROGRAMME_WEEKS * 7 + ((h[3] ?? 0) % 7),
    restDays,
    loginHour: [7, 8, 12, 18, 19, 20][(h[4] ?? 0) % 6] as number,
    baseMood: moodBase[persona] + ((h[5] ?? 0) % 2),
    lastLoginDay: DRIFT_LAST_LOGIN_DAY - ((h[6] ?? 0) % 3),
    lastMoodDay: -(3 + ((h[7] ?? 0) % 3)),
  };
}

interface ModuleState {
  next: number;
  inProgress: { index: number; doneFrom: number } | null;
  startFrom: number;
}

interface DayPlan {
  logins: number;
  mood: number | null;
  moodWithLogin: boolean;
  /** Chances a log-in day starts / completes a module, the days a module takes (minDays + up to spread), and the rest after one. */
  modulePace: { start: number; complete: number; minDays: number; spread: number; rest: number } | null;
  notifications: number;
  dismissals: number;
}

const clampMood = (v: number): number => Math.max(0, Math.min(10, Math.round(v)));

/** What the patient does on day `d`, by persona. Draws from `random` in a fixed way per day. */
function planDay(p: PatientProfile, d: number, random: () => number): DayPlan {
  const usual = !p.restDays.has(((d % 7) + 7) % 7) || random() < 0.3;
  const noise = random() * 2 - 1;
  const progress = Math.min(1.15, (d - p.startDay) / -p.startDay);
  const second = random() < 0.15 ? 1 : 0;
  const rates = random();
  const extraReminder = random() < 0.3 ? 1 : 0;
  const dismissRoll = random();
  switch (p.persona) {
    case 'thriving': {
      const logins = usual ? 1 + second : 0;
      return {
        logins,
        mood: rates < (logins ? 0.92 : 0.35) ? clampMood(p.baseMood + 3.3 * progress + noise * 0.8) : null,
        moodWithLogin: logins > 0,
        modulePace: { start: 0.9, complete: 0.85, minDays: 4, spread: 3, rest: 3 },
        notifications: 1 + extraReminder,
        dismissals: dismissRoll < 0.15 ? 1 : 0,
      };
    }
    case 'drifting': {
      let logins = usual ? 1 : 0;
      if (d >= DRIFT_FROM_DAY) logins = random() < 0.6 - (0.4 * (d - DRIFT_FROM_DAY)) / (DRIFT_LAST_LOGIN_DAY - DRIFT_FROM_DAY) ? 1 : 0;
      if (d === p.lastLoginDay) logins = 1;
      if (d > p.lastLoginDay) logins = 0;
      const fallFrom = p.lastMoodDay - 7;
      let mood: number | null = null;
      if (d < fallFrom) mood = rates < (d < DRIFT_FROM_DAY ? 0.85 : 0.6) ? clampMood(p.baseMood + 0.5 * progress + noise * 0.8) : null;
      // The last week of ratings falls by four points, day by day, then the patient stops rating.
      else if (d <= p.lastMoodDay) mood = clampMood(p.baseMood + 0.5 - (4 * (d - fallFrom)) / 7);
      return {
        logins,
        mood,
        moodWithLogin: logins > 0,
        modulePace: d < DRIFT_FROM_DAY ? { start: 0.6, complete: 0.7, minDays: 4, spread: 4, rest: 5 } : { start: 0, complete: 0.3, minDays: 4, spread: 4, rest: 5 },
        notifications: 1 + extraReminder,
        dismissals: dismissRoll < 0.35 ? 1 : 0,
      };
    }
    case 'app_update': {
      // Logs in the day before the release (4.2.1) and once on release day (4.3.0); then the app fails them.
      const logins = d < RELEASE_DAY - 1 ? (usual ? 1 : 0) : d <= RELEASE_DAY ? 1 : 0;
      return {
        logins,
        mood: d < RELEASE_DAY && rates < (logins ? 0.9 : 0.3) ? clampMood(p.baseMood + 1.5 * progress + noise) : null,
        moodWithLogin: logins > 0,
        modulePace: d < RELEASE_DAY ? { start: 0.85, complete: 0.85, minDays: 3, spread: 3, rest: 4 } : null,
        notifications: 1 + extraReminder,
        dismissals: dismissRoll < 0.2 ? 1 : 0,
      };
    }
    case 'notification_burdened': {
      const logins = usual ? 1 : 0;
      const sent = 3 + extraReminder;
      return {
        logins,
        mood: rates < 0.8 ? clampMood(p.baseMood + 0.5 * progress + noise) : null,
        moodWithLogin: logins > 0,
        modulePace: { start: 0.5, complete: 0.7, minDays: 4, spread: 5, rest: 6 },
        notifications: sent,
        // At least two a day: 14 or more dismissals a week.
        dismissals: Math.min(sent, 2 + Math.floor(dismissRoll * 2.5)),
      };
    }
  }
}

const REMINDER_HOURS = [9, 13, 18, 21];

function yyyymmdd(day: Date): string {
  return day.toISOString().slice(0, 10).replace(/-/g, '');
}

/**
 * A patient's engagement between `from` and `to`, the same every time for the same ref and anchor:
 * the whole story is played from the programme's start, then cut to the window, so a later window
 * continues it and a resent window carries the same eventIds (`<ref>-<yyyymmdd>-<type>-<n>`).
 */
export function generateEngagement(ref: string, window: EngagementWindow): SimEngagementEvent[] {
  const anchor = anchorDay(window.anchor).getTime();
  const from = window.from.getTime();
  const to = window.to.getTime();
  const lastDay = Math.floor((to - 1 - anchor) / DAY);
  const p = profileOf(ref);
  const random = mulberry32(digest(ref, 'events').readUInt32BE(0));
  const modules: ModuleState = { next: 0, inProgress: null, startFrom: p.startDay };
  const out: SimEngagementEvent[] = [];

  for (let d = p.startDay; d <= lastDay; d++) {
    const dayStart = anchor + d * DAY;
    const plan = planDay(p, d, random);
    const loginAt = dayStart + p.loginHour * HOUR + Math.floor(random() * 90) * MINUTE;
    const eveningAt = dayStart + 21 * HOUR + Math.floor(random() * 60) * MINUTE;
    const moduleRoll = random();
    const moduleDays = random();
    const restRoll = random();
    const dismissDelays = [random(), random(), random(), random()];
    if (dayStart + DAY <= from) {
      // Still played (module progress), but nothing to return for this day.
      stepModules(modules, plan, d, moduleRoll, moduleDays, restRoll);
      continue;
    }
    const day = yyyymmdd(new Date(dayStart));
    const counts = new Map<EngagementEventType, number>();
    const add = (type: EngagementEventType, at: number, extra: Partial<SimEngagementEvent> = {}) => {
      const n = (counts.get(type) ?? 0) + 1;
      counts.set(type, n);
      if (at >= from && at < to) out.push({ eventId: `${ref}-${day}-${type}-${n}`, patientRef: ref, type, occurredAt: new Date(at).toISOString(), ...extra });
    };
    const appVersion = d < RELEASE_DAY ? APP_VERSION_BEFORE : APP_VERSION_AFTER;
    for (let i = 0; i < plan.logins; i++) add('login', i === 0 ? loginAt : eveningAt, { appVersion });
    for (let i = 0; i < plan.notifications; i++) {
      const sentAt = dayStart + (REMINDER_HOURS[i] ?? 21) * HOUR;
      add('notification_sent', sentAt);
      if (i < plan.dismissals) add('notification_dismissed', sentAt + (1 + Math.floor((dismissDelays[i] ?? 0) * 40)) * MINUTE);
    }
    if (plan.mood !== null) add('mood_rated', plan.moodWithLogin ? loginAt + 4 * MINUTE : dayStart + 18 * HOUR + 5 * MINUTE, { value: plan.mood });
    const action = stepModules(modules, plan, d, moduleRoll, moduleDays, restRoll);
    if (action) add(action.type, loginAt + (action.type === 'module_started' ? 8 : 35) * MINUTE, { moduleId: action.moduleId });
  }
  return out.sort((a, b) => a.occurredAt.localeCompare(b.occurredAt) || a.eventId.localeCompare(b.eventId));
}

/** On a log-in day, completes the module in progress once it has had its days, or starts the next one. */
function stepModules(m: ModuleState, plan: DayPlan, d: number, roll: number, days: number, rest: number): { type: 'module_started' | 'module_completed'; moduleId: string } | null {
  const pace = plan.modulePace;
  if (!pace || plan.logins === 0) return null;
  if (m.inProgress) {
    if (d < m.inProgress.doneFrom || roll >= pace.complete) return null;
    const moduleId = PROGRAMME_MODULES[m.inProgress.index] as string;
    m.inProgress = null;
    m.startFrom = d + 1 + Math.floor(rest * pace.rest);
    return { type: 'module_completed', moduleId };
  }
  if (m.next >= PROGRAMME_MODULES.length || d < m.startFrom || roll >= pace.start) return null;
  m.inProgress = { index: m.next, doneFrom: d + pace.minDays + Math.floor(days * pace.spread) };
  m.next += 1;
  return { type: 'module_started', moduleId: PROGRAMME_MODULES[m.inProgress.index] as string };
}
