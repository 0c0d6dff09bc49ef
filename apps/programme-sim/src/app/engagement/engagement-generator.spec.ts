import { ENGAGEMENT_LIMITS } from '@navdesk/contracts';
import { generateEngagement, personaOf } from './engagement-generator';
import { APP_VERSION_AFTER, APP_VERSION_BEFORE, PROGRAMME_MODULES, type Persona, type SimEngagementEvent } from './engagement.constants';

const DAY = 86_400_000;
const anchor = new Date('2026-11-26T00:00:00Z');
const now = new Date('2026-11-26T15:30:00Z');
const from = new Date(anchor.getTime() - 12 * 7 * DAY);
const daysAgo = (n: number) => new Date(anchor.getTime() - n * DAY);

const candidates = Array.from({ length: 2_000 }, (_, i) => `P-${(46_656 + i * 7_919).toString(36).toUpperCase()}`);
const refsOf = (persona: Persona, count = 15) => candidates.filter((r) => personaOf(r) === persona).slice(0, count);
const story = (ref: string) => generateEngagement(ref, { anchor, from, to: now });
const ofType = (events: SimEngagementEvent[], type: SimEngagementEvent['type']) => events.filter((e) => e.type === type);
const inRange = (events: SimEngagementEvent[], start: Date, end: Date) => events.filter((e) => Date.parse(e.occurredAt) >= start.getTime() && Date.parse(e.occurredAt) < end.getTime());
const days = (events: SimEngagementEvent[]) => new Set(events.map((e) => e.occurredAt.slice(0, 10))).size;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('engagement generator', () => {
  it('picks personas from the ref in about the planned shares', () => {
    const share = (p: Persona) => candidates.filter((r) => personaOf(r) === p).length / candidates.length;
    expect(share('thriving')).toBeCloseTo(0.55, 1);
    expect(share('drifting')).toBeCloseTo(0.25, 1);
    expect(share('app_update')).toBeGreaterThan(0.06);
    expect(share('app_update')).toBeLessThan(0.14);
    expect(share('notification_burdened')).toBeGreaterThan(0.06);
    expect(share('notification_burdened')).toBeLessThan(0.14);
  });

  it('tells the same story every time, and a later window continues it with the same event ids', () => {
    const ref = candidates[0] as string;
    expect(story(ref)).toEqual(story(ref));
    const cut = new Date('2026-10-20T11:17:00Z');
    const joined = [...generateEngagement(ref, { anchor, from, to: cut }), ...generateEngagement(ref, { anchor, from: cut, to: now })];
    expect(joined).toEqual(story(ref));
  });

  it('makes well-formed events: unique ids, moods 0–10, known modules, app versions on log-ins only', () => {
    const all = candidates.slice(0, 60).flatMap(story);
    expect(new Set(all.map((e) => e.eventId)).size).toBe(all.length);
    const modules: readonly string[] = PROGRAMME_MODULES;
    const malformed = all.filter(
      (e) =>
        e.eventId.length > ENGAGEMENT_LIMITS.eventIdMaxLength ||
        e.eventId !== `${e.patientRef}-${e.occurredAt.slice(0, 10).replace(/-/g, '')}-${e.type}-${e.eventId.split('-').pop()}` ||
        Date.parse(e.occurredAt) < from.getTime() ||
        Date.parse(e.occurredAt) >= now.getTime() ||
        (e.appVersion !== undefined) !== (e.type === 'login') ||
        (e.moduleId !== undefined) !== e.type.startsWith('module_') ||
        (e.moduleId !== undefined && !modules.includes(e.moduleId)) ||
        (e.value !== undefined) !== (e.type === 'mood_rated'),
    );
    expect(malformed).toEqual([]);
    const moods = ofType(all, 'mood_rated').map((e) => e.value ?? -1);
    expect(moods.length).toBeGreaterThan(1_000);
    expect(moods.filter((v) => !Number.isInteger(v) || v < ENGAGEMENT_LIMITS.moodMin || v > ENGAGEMENT_LIMITS.moodMax)).toEqual([]);
  });

  it('sends a reminder every day and completes a module only after starting it', () => {
    for (const ref of candidates.slice(0, 30)) {
      const events = story(ref);
      const sent = ofType(events, 'notification_sent');
      expect(days(inRange(sent, daysAgo(70), anchor))).toBe(70);
      for (const done of ofType(events, 'module_completed')) {
        const started = events.find((e) => e.type === 'module_started' && e.moduleId === done.moduleId);
        expect(started && started.occurredAt < done.occurredAt).toBe(true);
      }
    }
  });

  it('a thriving patient logs in at least 4 days every week and their mood rises about 3 points', () => {
    for (const ref of refsOf('thriving')) {
      const events = story(ref);
      const logins = ofType(events, 'login');
      for (let week = 1; week <= 11; week++) expect(days(inRange(logins, daysAgo(7 * week), daysAgo(7 * (week - 1))))).toBeGreaterThanOrEqual(4);
      const moods = ofType(events, 'mood_rated');
      const firstDay = Date.parse(events[0]?.occurredAt ?? '');
      const firstWeeks = mean(inRange(moods, new Date(firstDay), new Date(firstDay + 14 * DAY)).map((e) => e.value ?? 0));
      const lastWeeks = mean(inRange(moods, daysAgo(14), anchor).map((e) => e.value ?? 0));
      expect(lastWeeks - firstWeeks).toBeGreaterThanOrEqual(2);
      expect(lastWeeks - firstWeeks).toBeLessThanOrEqual(4);
      expect(ofType(events, 'module_completed').length).toBeGreaterThanOrEqual(6);
    }
  });

  it('a drifting patient logs in less over the last 3 weeks, not at all in the last 8 days, and rates a falling mood, then stops', () => {
    for (const ref of refsOf('drifting')) {
      const events = story(ref);
      const logins = ofType(events, 'login');
      expect(inRange(logins, daysAgo(8), now)).toEqual([]);
      expect(days(inRange(logins, daysAgo(21), now))).toBeLessThan(days(inRange(logins, daysAgo(42), daysAgo(21))));
      expect(days(inRange(logins, daysAgo(21), now))).toBeGreaterThan(0);
      const moods = ofType(events, 'mood_rated');
      const last = moods[moods.length - 1] as SimEngagementEvent;
      expect(Date.parse(last.occurredAt)).toBeLessThan(daysAgo(2).getTime());
      const weekBefore = moods.find((e) => e.occurredAt.slice(0, 10) === new Date(Date.parse(last.occurredAt) - 7 * DAY).toISOString().slice(0, 10));
      expect((weekBefore?.value ?? 0) - (last.value ?? 0)).toBeGreaterThanOrEqual(3);
      expect(inRange(ofType(events, 'module_started'), daysAgo(21), now)).toEqual([]);
    }
  });

  it('an app-update patient stops logging in right after moving from 4.2.1 to 4.3.0, about 9 days ago', () => {
    for (const ref of refsOf('app_update')) {
      const events = story(ref);
      const logins = ofType(events, 'login');
      const last = logins[logins.length - 1] as SimEngagementEvent;
      expect(last.appVersion).toBe(APP_VERSION_AFTER);
      expect(last.occurredAt.slice(0, 10)).toBe(daysAgo(9).toISOString().slice(0, 10));
      expect(logins.slice(0, -1).every((e) => e.appVersion === APP_VERSION_BEFORE)).toBe(true);
      expect(logins[logins.length - 2]?.occurredAt.slice(0, 10)).toBe(daysAgo(10).toISOString().slice(0, 10));
      expect(inRange(ofType(events, 'mood_rated'), daysAgo(9), now)).toEqual([]);
      expect(days(inRange(ofType(events, 'notification_sent'), daysAgo(8), anchor))).toBe(8);
    }
  });

  it('a notification-burdened patient dismisses at least 12 notifications every week; others far fewer', () => {
    for (const ref of refsOf('notification_burdened')) {
      const dismissed = ofType(story(ref), 'notification_dismissed');
      for (let week = 1; week <= 11; week++) expect(inRange(dismissed, daysAgo(7 * week), daysAgo(7 * (week - 1))).length).toBeGreaterThanOrEqual(12);
    }
    for (const ref of [...refsOf('thriving'), ...refsOf('drifting')]) {
      const dismissed = ofType(story(ref), 'notification_dismissed');
      expect(inRange(dismissed, daysAgo(7), anchor).length).toBeLessThan(10);
    }
  });
});
