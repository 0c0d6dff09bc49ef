import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { CaseloadPage } from './pages/caseload.page';
import { PatientPage } from './pages/patient.page';
import { DEMO_USERS } from './support/demo-users';
import { patientLogsIn, resetLinksSent } from './support/programme-sim';
import { signInAs } from './support/sign-in-as';

test('a PWP resets a patient’s log-in, sees it sent, then completed when the patient logs in; the navigator sees it in Resets', async ({ page }) => {
  await signInAs(page, DEMO_USERS.pwp);
  const caseload = new CaseloadPage(page);
  await caseload.goto();
  const firstPatient = caseload.table.getByRole('link').first();
  const ref = String(await firstPatient.textContent()).trim();
  expect(ref).toMatch(/^P-[A-Z0-9]{6}$/);
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
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

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
  await page.getByTestId('reset-status-filter').getByRole('radio', { name: 'Expired' }).check();
  await expect(table.locator('tbody tr').first()).toContainText('Expired');
  await page.screenshot({ path: 'dist/.playwright/screenshots/resets-expired.png', fullPage: true });
  const resetsAxe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(resetsAxe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
});
