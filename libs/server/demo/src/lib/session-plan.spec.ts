import { onWeekday, seededRandom, weeklySessionPlan } from './session-plan';

describe('demo session plans', () => {
  it('plans 11 sessions: 6 face-to-face and 5 online, a week apart', () => {
    const plan = weeklySessionPlan(new Date('2026-11-02T10:00:00Z'));
    expect(plan).toHaveLength(11);
    expect(plan.filter((s) => s.mode === 'face_to_face')).toHaveLength(6);
    expect(plan.filter((s) => s.mode === 'online')).toHaveLength(5);
    expect(plan[10]?.startsAt.toISOString()).toBe('2027-01-11T10:00:00.000Z');
  });

  it('never books a session at the weekend', () => {
    expect(onWeekday(new Date('2026-11-28T10:00:00Z')).toISOString()).toBe('2026-11-30T10:00:00.000Z');
  });

  it('is deterministic', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });
});
