import { expect, test, type Page } from '@playwright/test';
import type { OutcomesReport } from '@navdesk/contracts';
import { seriousAxeFindings } from './support/axe';
import { DEMO_USERS } from './support/demo-users';
import { bearer, readToken, screenshot } from './support/session';
import { signInAs } from './support/sign-in-as';

const BARRIERS = ['functionality', 'time', 'flexibility', 'confidence'] as const;
const PATIENT_REF = /P-[2-9A-HJKMNP-TV-Z]{6}/;

/** Today in London, and the first day of its quarter: the Outcomes page's default period (this quarter to date). */
function thisQuarterToDate(): { from: string; to: string } {
  const to = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const month = Math.floor((Number(to.slice(5, 7)) - 1) / 3) * 3 + 1;
  return { from: `${to.slice(0, 5)}${String(month).padStart(2, '0')}-01`, to };
}

/** The report the page shows by default, read from the API with the page's own session. */
async function apiOutcomes(page: Page): Promise<OutcomesReport> {
  const token = await readToken(page);
  const { from, to } = thisQuarterToDate();
  const res = await page.request.get(`/api/reports/outcomes?from=${from}&to=${to}`, { headers: bearer(token ?? '') });
  expect(res.status()).toBe(200);
  return (await res.json()) as OutcomesReport;
}

test('a manager reads whether each of the four barriers is shrinking, as sentences, charts and tables, with no person named', async ({ page }) => {
  await signInAs(page, DEMO_USERS.manager);
  await expect(page.getByRole('heading', { name: 'This week against last week' })).toBeVisible({ timeout: 20_000 });
  await page.goto('/reports');
  await page.getByRole('link', { name: 'Outcomes' }).click();
  await expect(page.getByRole('heading', { name: 'Outcomes', level: 1 })).toBeVisible();
  await expect(page.getByTestId('outcomes-previous')).toContainText('Compared with the period before');

  const report = await apiOutcomes(page);
  for (const barrier of BARRIERS) {
    const region = page.getByTestId(`report-${barrier}`);
    await expect(region).toBeVisible();
    // The sentence on the page is the API's, word for word, with its trend named before it.
    await expect(region.getByTestId('outcome-headline')).toContainText(report[barrier].headline.text);
    await expect(region.getByTestId('outcome-trend')).toHaveText(/\w+:/);
  }
  // Managers see services, not people: no per-PWP table, and no patient reference anywhere.
  await expect(page.getByTestId('outcomes-by-pwp')).toHaveCount(0);
  expect(await page.locator('main').innerText()).not.toMatch(PATIENT_REF);

  // Every chart has its table.
  const functionality = page.getByTestId('report-functionality');
  await functionality.getByRole('button', { name: /Show as table/ }).first().click();
  await expect(functionality.getByRole('table').first()).toBeVisible();
  await screenshot(page, 'outcomes-manager');
  expect(await seriousAxeFindings(page)).toEqual([]);

  // Last quarter: the period moves, and the page says which one it compares with.
  await page.getByRole('button', { name: 'Last quarter' }).click();
  await expect(page).toHaveURL(/from=\d{4}-\d{2}-01/);
  await expect(page.getByTestId('outcomes-summary')).toContainText('Showing');
});

test('a navigator also sees the brief figures per PWP', async ({ page }) => {
  await signInAs(page, DEMO_USERS.navigator);
  await page.goto('/reports/outcomes');
  await expect(page.getByRole('heading', { name: 'Outcomes', level: 1 })).toBeVisible({ timeout: 20_000 });
  const byPwp = page.getByTestId('outcomes-by-pwp');
  await expect(byPwp).toBeVisible();
  await byPwp.getByRole('button', { name: /Show as table/ }).first().click();
  // nav1 looks after the first two demo services; Amira Khan is a PWP of the first.
  await expect(byPwp.getByRole('table').first()).toContainText('Amira Khan');
  await screenshot(page, 'outcomes-navigator');
});
