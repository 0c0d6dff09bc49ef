import { isLastAttempt, loggedInSince, programmeRequestId, resetExpiresAt, resetRateVerdict } from './reset-rules';

const now = new Date('2026-11-26T12:00:00Z');
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

describe('resetRateVerdict', () => {
  it('allows up to three in the last hour', () => {
    expect(resetRateVerdict([], now)).toEqual({ allowed: true });
    expect(resetRateVerdict([minutesAgo(5), minutesAgo(10)], now)).toEqual({ allowed: true });
  });

  it('refuses a fourth, until the oldest of the three leaves the hour', () => {
    expect(resetRateVerdict([minutesAgo(1), minutesAgo(20), minutesAgo(50)], now)).toEqual({ allowed: false, retryAfterSeconds: 600 });
  });

  it('ignores requests older than an hour', () => {
    expect(resetRateVerdict([minutesAgo(1), minutesAgo(2), minutesAgo(61), minutesAgo(90)], now)).toEqual({ allowed: true });
  });

  it('measures from the third newest when more are in the window', () => {
    expect(resetRateVerdict([minutesAgo(59), minutesAgo(30), minutesAgo(10), minutesAgo(5)], now)).toEqual({ allowed: false, retryAfterSeconds: 30 * 60 });
  });

  it('never answers less than a second', () => {
    const edge = new Date(now.getTime() - 3_600_000 + 10);
    expect(resetRateVerdict([edge, minutesAgo(1), minutesAgo(2)], now)).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });
});

describe('reset tracking', () => {
  it('expires 72 hours after sending', () => {
    expect(resetExpiresAt(now).toISOString()).toBe('2026-11-29T12:00:00.000Z');
  });

  it('completes only on a log-in after the reset was sent', () => {
    expect(loggedInSince(null, now)).toBe(false);
    expect(loggedInSince('2026-11-26T11:59:59Z', now)).toBe(false);
    expect(loggedInSince('2026-11-26T12:00:00Z', now)).toBe(false);
    expect(loggedInSince('2026-11-26T12:00:01Z', now)).toBe(true);
    expect(loggedInSince('not a date', now)).toBe(false);
  });

  it('knows the last of five attempts', () => {
    expect(isLastAttempt(0, 5)).toBe(false);
    expect(isLastAttempt(3, 5)).toBe(false);
    expect(isLastAttempt(4, 5)).toBe(true);
    expect(isLastAttempt(0, undefined)).toBe(true);
  });

  it('sends a fresh request id for each retried round', () => {
    expect(programmeRequestId('abc', 1)).toBe('abc');
    expect(programmeRequestId('abc', 2)).toBe('abc.2');
  });
});
