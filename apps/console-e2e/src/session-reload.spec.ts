import { expect, test } from '@playwright/test';
import { CaseloadPage } from './pages/caseload.page';
import { DEMO_USERS, EXPECTED_NAV } from './support/demo-users';
import { screenshot } from './support/session';
import { signInAs } from './support/sign-in-as';

test('the session survives a reload', async ({ page }) => {
  const shell = await signInAs(page, DEMO_USERS.navigator);
  await shell.open('Caseload');
  const caseload = new CaseloadPage(page);
  await expect(caseload.heading).toBeVisible();
  await expect(page).toHaveURL(/\/patients$/);
  await expect(page).toHaveTitle('Caseload · Navdesk');

  await page.reload();

  await expect(caseload.heading).toBeVisible();
  await expect(page).toHaveURL(/\/patients$/);
  await shell.expectSignedIn();
  await expect(shell.navLinks).toHaveText(EXPECTED_NAV.navigator);
  await expect(caseload.table.or(caseload.emptyState)).toBeVisible();
  await screenshot(page, 'caseload-after-reload');
});
