import { cookieFrom, dashboardCookieKey, readDashboardPass, signDashboardPass } from './dashboard-cookie';

const key = dashboardCookieKey('a-pepper-of-at-least-thirty-two-characters');
const sessionId = '3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b';
const now = new Date('2026-03-10T10:00:00.000Z');
const inFiveMinutes = new Date('2026-03-10T10:05:00.000Z');

describe('the dashboard cookie', () => {
  it('reads back the session and expiry it was signed for', () => {
    const value = signDashboardPass(key, {
      sessionId,
      expiresAt: inFiveMinutes,
    });
    expect(readDashboardPass(key, value, now)).toEqual({
      sessionId,
      expiresAt: inFiveMinutes,
    });
  });

  it('refuses a value once it has expired', () => {
    const value = signDashboardPass(key, {
      sessionId,
      expiresAt: inFiveMinutes,
    });
    expect(readDashboardPass(key, value, inFiveMinutes)).toBeNull();
  });

  it('refuses another session or a later expiry put in front of a genuine signature', () => {
    const [, expires, mac] = signDashboardPass(key, {
      sessionId,
      expiresAt: inFiveMinutes,
    }).split('.');
    expect(readDashboardPass(key, `00000000-0000-4000-8000-000000000000.${expires}.${mac}`, now)).toBeNull();
    expect(readDashboardPass(key, `${sessionId}.${Number(expires) + 3_600_000}.${mac}`, now)).toBeNull();
  });

  it('refuses a value signed under another pepper', () => {
    const other = dashboardCookieKey('another-pepper-of-at-least-thirty-two-chars');
    expect(readDashboardPass(key, signDashboardPass(other, { sessionId, expiresAt: inFiveMinutes }), now)).toBeNull();
  });

  it.each([undefined, '', 'garbage', 'a.b', 'a.b.c.d', `${sessionId}.soon.abc`, `${sessionId}.1e99.abc`])('refuses the malformed value %p', (value) => {
    expect(readDashboardPass(key, value, now)).toBeNull();
  });

  it('finds its cookie among others in a Cookie header', () => {
    expect(cookieFrom('theme=dark; navdesk_queues=abc.123.xyz; other=1', 'navdesk_queues')).toBe('abc.123.xyz');
    expect(cookieFrom('xnavdesk_queues=abc', 'navdesk_queues')).toBeUndefined();
    expect(cookieFrom(undefined, 'navdesk_queues')).toBeUndefined();
  });
});
