import { expect, test } from '@playwright/test';
import { seriousAxeFindings } from './support/axe';
import { DEMO_USERS } from './support/demo-users';
import { signInAs } from './support/sign-in-as';

/** axe must find nothing serious or critical on the pages people use every day. */
const seriousViolations = seriousAxeFindings;

test('sign-in, home, caseload, triage, raise, incidents and admin pages pass axe', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByLabel('E-mail')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await signInAs(page, DEMO_USERS.navigator);
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto('/patients');
  await expect(page.getByRole('table')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto('/triage');
  await expect(page.getByRole('list', { name: 'Ticket queue' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto('/raise');
  await expect(page.getByLabel('Title')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto('/incidents');
  await expect(page.getByRole('table', { name: 'Incidents' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await signInAs(page, DEMO_USERS.admin);
  await page.goto('/admin');
  await expect(page.getByRole('table')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
