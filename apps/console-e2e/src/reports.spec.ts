import { expect, test } from '@playwright/test';
import { seriousAxeFindings } from './support/axe';
import { DEMO_USERS } from './support/demo-users';
import { screenshot } from './support/session';
import { signInAs } from './support/sign-in-as';

test('a manager reads the usability trends, exports them as CSV while watching the progress, and opens the file', async ({ page }) => {
  await signInAs(page, DEMO_USERS.manager);
  await expect(page.getByRole('heading', { name: 'This week against last week' })).toBeVisible({ timeout: 20_000 });
  await screenshot(page, 'reports-manager-home');
  await page.getByRole('link', { name: 'Open reports' }).click();
  await expect(page.getByRole('heading', { name: 'Reports', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Last 12 months' }).click();
  const trends = page.locator('section', { has: page.getByRole('heading', { name: 'Usability trends' }) }).first();
  await expect(trends).toBeVisible();
  // The demo tickets of the year, by the study's themes, with a table equivalent of the chart.
  await trends.getByRole('button', { name: /Show as table/ }).first().click();
  const table = trends.getByRole('table').first();
  await expect(table).toContainText('Functionality');
  await screenshot(page, 'reports-trends');
  expect(await seriousAxeFindings(page)).toEqual([]);

  await trends.getByRole('button', { name: /Export CSV/ }).click();
  await expect(page.getByRole('progressbar', { name: 'Export progress' })).toBeVisible();
  const download = page.getByRole('link', { name: 'Download CSV' });
  await expect(download).toBeVisible({ timeout: 30_000 });
  await screenshot(page, 'reports-export-ready');
  // The link works on its own (no sign-in): what a manager's browser or spreadsheet opens.
  const href = await download.getAttribute('href');
  const file = await page.request.get(href ?? '');
  expect(file.status()).toBe(200);
  expect(file.headers()['content-type']).toContain('text/csv');
  const csv = await file.text();
  expect(csv.split('\n')[0]).toContain('bucket_start');
  expect(csv.split('\n')[0]).toContain('functionality');
  expect(csv).not.toMatch(/P-[2-9A-HJKMNP-TV-Z]{6}/);
});
