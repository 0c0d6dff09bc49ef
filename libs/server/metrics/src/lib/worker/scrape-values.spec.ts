import { jobRunSeconds } from './job-metrics.listener';
import { oldestWaitingSeconds } from './queue-ages';
import { secondsSinceLastRun } from './schedule-ages';

describe('values read at scrape time', () => {
  const now = Date.parse('2026-03-02T10:00:00Z');

  it('ages the oldest waiting job from when it became ready, and is 0 with none waiting', () => {
    expect(oldestWaitingSeconds(undefined, now)).toBe(0);
    expect(oldestWaitingSeconds({ timestamp: now - 90_000 }, now)).toBe(90);
    expect(oldestWaitingSeconds({ timestamp: now - 90_000, delay: 60_000 }, now)).toBe(30);
    // A clock a little ahead on the adding process is not a negative age.
    expect(oldestWaitingSeconds({ timestamp: now + 500 }, now)).toBe(0);
  });

  it('times a job attempt from its start to its end, or to now if it has not ended; not at all if it never started', () => {
    expect(jobRunSeconds({ processedOn: now - 2_500, finishedOn: now }, now)).toBe(2.5);
    expect(jobRunSeconds({ processedOn: now - 1_000, finishedOn: undefined }, now)).toBe(1);
    expect(jobRunSeconds({ processedOn: undefined, finishedOn: undefined }, now)).toBeNull();
    expect(jobRunSeconds(undefined, now)).toBeNull();
  });

  it('counts a schedule’s time since its last success, or since registration before its first', () => {
    const registeredAt = new Date(now - 600_000);
    expect(secondsSinceLastRun({ registeredAt, lastSucceededAt: new Date(now - 42_000) }, new Date(now))).toBe(42);
    expect(secondsSinceLastRun({ registeredAt, lastSucceededAt: null }, new Date(now))).toBe(600);
  });
});
