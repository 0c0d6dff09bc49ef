import { expect, test, type Page } from '@playwright/test';
import { DEMO_USERS } from './support/demo-users';
import { screenshot } from './support/session';
import { signInAs } from './support/sign-in-as';

/** Console messages that report a Content Security Policy refusal, from any page the test visits. */
function cspViolations(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text()))
      seen.push(message.text());
  });
  return seen;
}

test('an admin opens the queue dashboard from the admin area and sees every queue, within the CSP', async ({
  page,
}) => {
  const violations = cspViolations(page);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));

  const shell = await signInAs(page, DEMO_USERS.admin);
  await shell.open('Admin');
  const open = page.getByRole('button', { name: 'Open queue dashboard' });
  await expect(open).toBeVisible();
  await screenshot(page, 'admin-open-queue-dashboard');
  await open.click();

  await expect(page).toHaveURL(/\/admin\/queues\/?$/);
  await expect(page).toHaveTitle('Navdesk queues');
  // The board's own UI has rendered its queue list (not only its loading placeholder).
  await expect(
    page.getByRole('link', { name: /tickets/ }).first(),
  ).toBeVisible();
  await expect(
    page.getByRole('link', { name: /reports/ }).first(),
  ).toBeVisible();
  await page.screenshot({ path: '/tmp/queues-board.png', fullPage: true });

  expect(violations).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('a navigator going straight to /admin/queues is refused and never sees the board', async ({
  page,
}) => {
  await signInAs(page, DEMO_USERS.navigator);

  const response = await page.goto('/admin/queues');

  expect(response?.status()).toBe(401);
  await expect(page).not.toHaveTitle('Navdesk queues');
  await expect(page.getByText('"statusCode":401')).toBeVisible();
});
