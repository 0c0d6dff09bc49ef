import { workspaceRoot } from '@nx/devkit';
import type { Page } from '@playwright/test';
import { join } from 'node:path';

/** Must match SESSION_STORAGE_KEY in @navdesk/console/data-access. */
const SESSION_STORAGE_KEY = 'navdesk.session';

/** The bearer token the console keeps in sessionStorage, or null when signed out. */
export async function readToken(page: Page): Promise<string | null> {
  return page.evaluate((key) => {
    const raw = sessionStorage.getItem(key);
    if (!raw) {
      return null;
    }
    const parsed = JSON.parse(raw) as { accessToken?: unknown };
    return typeof parsed.accessToken === 'string' ? parsed.accessToken : null;
  }, SESSION_STORAGE_KEY);
}

export function bearer(token: string): Record<string, string> {
  return { Authorization: `Bearer ${token}` };
}

/** A full-page screenshot into dist/e2e-screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  // A sticky toolbar lands mid-image in a full-page shot of a scrolled page.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({
    path: join(workspaceRoot, 'dist', 'e2e-screenshots', `${name}.png`),
    fullPage: true,
    animations: 'disabled',
    caret: 'hide',
  });
}
