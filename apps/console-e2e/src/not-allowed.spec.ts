import { expect, test } from '@playwright/test';
import { DEMO_USERS } from './support/demo-users';
import { screenshot } from './support/session';
import { signInAs } from './support/sign-in-as';

test('a PWP typing /admin gets the not-allowed page', async ({ page }) => {
  const shell = await signInAs(page, DEMO_USERS.pwp);

  await page.goto('/admin');

  await expect(
    page.getByRole('heading', {
      level: 1,
      name: 'You are not allowed to see this page',
    }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page).toHaveTitle('Not allowed · Navdesk');
  await shell.expectSignedIn();
  await expect(page.getByRole('table', { name: 'Users' })).toHaveCount(0);
  await screenshot(page, 'pwp-not-allowed');
});

test('an unknown address shows the not-found page', async ({ page }) => {
  await signInAs(page, DEMO_USERS.manager);
  await page.goto('/no-such-page');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Page not found' }),
  ).toBeVisible();
  await screenshot(page, 'not-found');
});
