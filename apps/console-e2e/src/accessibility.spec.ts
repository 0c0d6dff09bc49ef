import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_USERS } from './support/demo-users';
import { signInAs } from './support/sign-in-as';

/** axe must find nothing serious or critical on the pages people use every day. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
}

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
