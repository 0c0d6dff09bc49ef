import { expect, test } from '@playwright/test';
import { BriefPage } from './pages/brief.page';
import { CaseloadPage } from './pages/caseload.page';
import { HomePage } from './pages/home.page';
import { seriousAxeFindings } from './support/axe';
import { DEMO_USERS } from './support/demo-users';
import { feedDriftingPatient, programmeFeedFor } from './support/engagement-feed';
import { signInAs } from './support/sign-in-as';

// A patient of pwp01 fed through the integration api: a session tomorrow, log-ins that stopped.
const REF = `P-E2E${String(Date.now() % 900 + 100).replace(/[01]/g, '7')}`.slice(0, 8);

test.beforeAll(async () => {
  await feedDriftingPatient(REF, await programmeFeedFor(DEMO_USERS.pwp.email));
});

test('a PWP opens today’s brief from the home page', async ({ page }) => {
  await signInAs(page, DEMO_USERS.pwp);
  const home = new HomePage(page);
  await expect(home.briefCard(REF)).toBeVisible({ timeout: 20_000 });
  await home.openBrief(REF);
  const brief = new BriefPage(page);
  await expect(brief.heading).toHaveText(`Pre-session brief: ${REF}`);
  await expect(brief.logins).toBeVisible();
  await expect(brief.mood).toBeVisible();
  await expect(brief.flags).toContainText(/No log-in/i);
  await expect(brief.printButton).toBeVisible();
  await page.screenshot({ path: 'dist/.playwright/screenshots/brief.png', fullPage: true });
  expect(await seriousAxeFindings(page)).toEqual([]);
});

test('a navigator filters flagged patients and acknowledges a flag', async ({ page }) => {
  await signInAs(page, DEMO_USERS.navigator);
  const caseload = new CaseloadPage(page);
  await caseload.goto();
  await caseload.filterByFlag('No log-in');
  await expect(caseload.row(REF)).toBeVisible({ timeout: 20_000 });
  await expect(caseload.flaggedRows.first()).toBeVisible();
  await page.screenshot({ path: 'dist/.playwright/screenshots/caseload-flagged.png', fullPage: true });
  await caseload.row(REF).getByRole('link', { name: REF }).click();
  await expect(page).toHaveURL(new RegExp(`/patients/${REF}$`));
  const flag = page.getByTestId('patient-flag').filter({ hasText: /No log-in/i }).first();
  await expect(flag).toHaveAttribute('data-status', 'open');
  await page.getByTestId('acknowledge-flag').first().click();
  await page.getByRole('textbox', { name: 'Note' }).fill('Called the PWP: patient is away this week');
  await page.getByTestId('acknowledge-submit').click();
  await expect(flag).toHaveAttribute('data-status', 'acknowledged');
  await page.screenshot({ path: 'dist/.playwright/screenshots/patient-engagement.png', fullPage: true });
  expect(await seriousAxeFindings(page)).toEqual([]);
});
