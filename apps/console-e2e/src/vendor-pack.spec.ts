import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import type { VendorPackReport } from '@navdesk/contracts';
import { seriousAxeFindings } from './support/axe';
import { DEMO_USERS } from './support/demo-users';
import { bearer, readToken, screenshot } from './support/session';
import { signInAs } from './support/sign-in-as';

const PATIENT_REF = /P-[2-9A-HJKMNP-TV-Z]{6}/;
/** Ten digits, as an NHS number is written (3 3 4, spaced, dashed or run together). */
const NHS_NUMBER = /\b\d{3}[ -]?\d{3}[ -]?\d{4}\b/;
const SECTIONS = [
  { testId: 'vendor-problems', heading: 'Problems services cannot fix' },
  { testId: 'vendor-asked-away', heading: 'Modules asked away' },
  { testId: 'vendor-burden', heading: 'Notification burden' },
] as const;

/** The pack the page shows, read from the API with the page's own session for the days its filters show. */
async function apiVendorPack(page: Page): Promise<VendorPackReport> {
  const token = await readToken(page);
  // The filters show dd/mm/yyyy (en-GB); the API takes yyyy-mm-dd.
  const iso = (shown: string) => shown.split('/').reverse().join('-');
  const from = iso(await page.getByTestId('report-from').inputValue());
  const to = iso(await page.getByTestId('report-to').inputValue());
  const res = await page.request.get(
    `/api/reports/vendor-pack?from=${from}&to=${to}`,
    { headers: bearer(token ?? '') },
  );
  expect(res.status()).toBe(200);
  return (await res.json()) as VendorPackReport;
}

test('a manager reads the vendor feedback pack, prints it, and exports it as a CSV with no identifier in it', async ({
  page,
}) => {
  await signInAs(page, DEMO_USERS.manager);
  await expect(
    page.getByRole('heading', { name: 'This week against last week' }),
  ).toBeVisible({ timeout: 20_000 });
  await page.goto('/reports');
  await page.getByRole('link', { name: 'Vendor pack' }).click();
  await expect(page).toHaveURL(/\/reports\/vendor-pack$/);
  await expect(
    page.getByRole('heading', { name: 'Vendor feedback pack', level: 1 }),
  ).toBeVisible();
  // The last full quarter is the default, and the page says which days and services it covers.
  await expect(
    page.getByRole('button', { name: 'Last quarter' }),
  ).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('vendor-summary')).toContainText(
    /Period: \d{1,2} \w{3,4} \d{4} to \d{1,2} \w{3,4} \d{4}\. Services: all your services\./,
  );

  for (const { testId, heading } of SECTIONS) {
    const section = page.getByTestId(testId);
    await expect(
      section.getByRole('heading', { name: heading, level: 2 }),
    ).toBeVisible();
    // Each part is a table (with its caption) or says in words that it is empty.
    await expect(
      section
        .getByRole('table')
        .or(section.locator('.nd-report-muted'))
        .first(),
    ).toBeVisible();
  }
  // The problems are the API's for the same days: one row each, most tickets first (the demo has some).
  const report = await apiVendorPack(page);
  expect(report.problems.length).toBeGreaterThan(0);
  const problemRows = page.getByTestId('vendor-problems').locator('tbody tr');
  await expect(problemRows).toHaveCount(report.problems.length);
  await expect(problemRows.first().locator('th')).toHaveText(
    report.problems[0].problem,
  );
  await expect(problemRows.first().locator('td').first()).toHaveText(
    String(report.problems[0].tickets),
  );
  expect(await page.locator('main').innerText()).not.toMatch(PATIENT_REF);
  await screenshot(page, 'vendor-pack');
  expect(await seriousAxeFindings(page)).toEqual([]);

  // On paper: the pack and its period line, without the shell, the buttons or the filters.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#primary-navigation')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(
    page.getByRole('group', { name: 'Date range presets' }),
  ).toBeHidden();
  await expect(page.getByTestId('vendor-summary')).toBeVisible();
  await expect(page.getByTestId('vendor-problems')).toBeVisible();
  await screenshot(page, 'vendor-pack-print');
  await page.emulateMedia({ media: 'screen' });

  await page
    .getByRole('button', { name: 'Export CSV: Vendor feedback pack' })
    .click();
  await expect(
    page.getByRole('progressbar', { name: 'Export progress' }),
  ).toBeVisible();
  const link = page.getByRole('link', { name: 'Download CSV' });
  await expect(link).toBeVisible({ timeout: 30_000 });
  await screenshot(page, 'vendor-pack-export-ready');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    link.click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^navdesk-vendor-pack-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/,
  );
  const csv = await readFile(await download.path(), 'utf8');
  const headers = csv
    .split(/\r?\n/)
    .filter((line) => line.startsWith('section,'));
  expect(headers.map((line) => line.split(',')[1])).toEqual([
    'from',
    'problem',
    'module',
    'month',
  ]);
  expect(csv).not.toMatch(PATIENT_REF);
  expect(csv).not.toMatch(NHS_NUMBER);

  // This quarter to date: the period moves into the URL and the period line.
  const lastQuarter = await page.getByTestId('vendor-summary').innerText();
  await page.getByRole('button', { name: 'This quarter' }).click();
  await expect(page).toHaveURL(/from=\d{4}-\d{2}-01/);
  await expect(page.getByTestId('vendor-summary')).not.toHaveText(lastQuarter);
  await expect(page.getByTestId('vendor-problems')).toBeVisible();
  await screenshot(page, 'vendor-pack-this-quarter');
});
