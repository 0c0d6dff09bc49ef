import { expect, test } from '@playwright/test';
import { CaseloadPage } from './pages/caseload.page';
import { PatientPage } from './pages/patient.page';
import { seriousAxeFindings } from './support/axe';
import { DEMO_USERS } from './support/demo-users';
import { patientLogsIn, resetLinksSent } from './support/programme-sim';
import { signInAs } from './support/sign-in-as';

test('a PWP resets a patient’s log-in, sees it sent, then completed when the patient logs in; the navigator sees it in Resets', async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, DEMO_USERS.pwp);
  const caseload = new CaseloadPage(page);
  // A patient who stopped logging in over a week ago, as a real reset would be: the simulator's
  // engagement feed keeps active patients logging in, which could complete the reset before the
  // test sees it sent. Not the patient the engagement spec feeds through Navdesk alone (P-E2E…),
  // whom the simulator does not hold.
  const row = caseload.table.locator('tbody tr[data-patient-ref]:not([data-patient-ref^="P-E2E"])').first();
  // On a stack just started, the feed's history may still be arriving: look again until it has.
  await expect(async () => {
    await caseload.goto();
    await caseload.filterByActivity('Inactive 8+ days');
    await expect(row.getByTestId('activity-chip')).toHaveText('Inactive 8+ days', { timeout: 3_000 });
  }).toPass({ timeout: 45_000 });
  const ref = String(await row.getAttribute('data-patient-ref'));
  expect(ref).toMatch(/^P-[A-Z0-9]{6}$/);
  const firstPatient = row.getByRole('link', { name: ref });
  const linksBefore = await resetLinksSent(ref);
  await firstPatient.click();
  await expect(page).toHaveURL(new RegExp(`/patients/${ref}$`));

  const patient = new PatientPage(page);
  await expect(patient.accountStatus).toHaveText(/Active|Locked/);
  await patient.resetLogIn('Email');
  await expect(patient.resetStatus).toHaveText('Sent', { timeout: 15_000 });
  await expect(patient.resetStatusText).toContainText('Link sent by email');
  expect(await resetLinksSent(ref)).toBe(linksBefore + 1);

  // A second press returns the reset under way: no second message to the patient.
  await patient.resetLogIn('Email');
  await expect(patient.resetNotice).toContainText('already under way');
  expect(await resetLinksSent(ref)).toBe(linksBefore + 1);

  await page.screenshot({ path: 'dist/.playwright/screenshots/patient-reset-sent.png', fullPage: true });
  expect(await seriousAxeFindings(page)).toEqual([]);

  await patientLogsIn(ref);
  await expect(patient.resetStatus).toHaveText('Completed', { timeout: 20_000 });
  await expect(patient.timeline).toContainText(/logged in/i);
  await page.screenshot({ path: 'dist/.playwright/screenshots/patient-reset-completed.png', fullPage: true });

  await page.getByRole('button', { name: 'Sign out' }).click();
  await signInAs(page, DEMO_USERS.navigator);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Resets', exact: true }).click();
  const table = page.getByRole('table', { name: 'Log-in resets' });
  await expect(table.locator(`tr[data-patient-ref="${ref}"]`).first()).toContainText('Completed');
  // The navigator opens the patient and reads the reset's audit trail.
  await table.locator(`tr[data-patient-ref="${ref}"]`).first().getByRole('link', { name: ref }).click();
  await page.getByTestId('show-audit-trail').click();
  const trail = page.getByTestId('reset-audit-trail');
  await expect(trail).toContainText('login_reset.request');
  await expect(trail).toContainText(DEMO_USERS.pwp.email);
  await expect(trail).toContainText('login_reset.sent');
  await page.goBack();
  await expect(table.locator(`tr[data-patient-ref="${ref}"]`).first()).toBeVisible();
  // The list may still be settling after the navigation back: press again until the filter holds.
  const expired = page.getByTestId('reset-status-filter').getByRole('radio', { name: 'Expired' });
  await expect(async () => {
    await expired.click();
    await expect(expired).toBeChecked({ timeout: 2_000 });
  }).toPass({ timeout: 15_000 });
  await expect(table.locator('tbody tr').first()).toContainText('Expired');
  await page.screenshot({ path: 'dist/.playwright/screenshots/resets-expired.png', fullPage: true });
  expect(await seriousAxeFindings(page)).toEqual([]);
});
