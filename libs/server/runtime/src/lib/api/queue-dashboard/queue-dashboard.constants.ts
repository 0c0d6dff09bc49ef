/** Where bull-board is mounted: outside the `/api` prefix, a full page of its own. */
export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/** The hand-over cookie: scoped to the dashboard's path, so no other request ever carries it. */
export const QUEUE_DASHBOARD_COOKIE = 'navdesk_queues';

/** A cookie lives this long; it is renewed while the dashboard is in use and its session still live. */
export const QUEUE_DASHBOARD_COOKIE_TTL_MS = 5 * 60_000;

/** Renewed once less than this is left, so a poll every few seconds does not set a cookie every time. */
export const QUEUE_DASHBOARD_COOKIE_RENEW_BELOW_MS = QUEUE_DASHBOARD_COOKIE_TTL_MS / 2;
