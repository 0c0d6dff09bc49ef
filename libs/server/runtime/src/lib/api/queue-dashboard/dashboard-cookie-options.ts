import type { CookieOptions } from 'express';
import type { AppConfig } from '@navdesk/server/core';
import { QUEUE_DASHBOARD_PATH } from './queue-dashboard.constants';

/** HttpOnly (no script reads it), Strict (no other site sends it), only on the dashboard's path. */
export function dashboardCookieOptions(config: Pick<AppConfig, 'PUBLIC_URL'>, expiresAt?: Date): CookieOptions {
  return {
    httpOnly: true,
    sameSite: 'strict',
    path: QUEUE_DASHBOARD_PATH,
    secure: new URL(config.PUBLIC_URL).protocol === 'https:',
    ...(expiresAt ? { expires: expiresAt } : {}),
  };
}
