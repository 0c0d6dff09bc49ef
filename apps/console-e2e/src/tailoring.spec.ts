import { expect, test } from '@playwright/test';
import { apiAs } from './support/api-as';
import { seriousAxeFindings } from './support/axe';
import { DEMO_USERS } from './support/demo-users';
import { screenshot } from './support/session';
import { signInAs } from './support/sign-in-as';
import { patientWithoutTailoring } from './support/tailoring';

test('a tailoring request goes from the PWP to the navigator to the programme', async ({ browser }) => {
  const ref = await patientWithoutTailoring(await apiAs(DEMO_USERS.pwp.email));

  const pwpPage = await (await browser.newContext()).newPage();
  await signInAs(pwpPage, DEMO_USERS.pwp);
  await pwpPage.goto(`/patients/${ref}`);
  const panel = pwpPage.getByTestId('tailoring-panel');
  await expect(panel.getByRole('heading', { name: 'Programme tailoring' })).toBeVisible();
  await panel.getByRole('button', { name: 'Request a change' }).click();
  await panel.getByTestId('tailoring-action').selectOption('replace');
  await panel.getByTestId('tailoring-module').selectOption({ label: 'Thoughts and feelings' });
  await panel.getByTestId('tailoring-replacement').selectOption({ label: 'Managing worry' });
  await panel.getByTestId('tailoring-reason').fill('Co-morbid anxiety: worry content first, the depression module later');
  await panel.getByRole('button', { name: 'Submit request' }).click();
  const request = panel.getByTestId('tailoring-request').first();
  await expect(request).toHaveAttribute('data-status', 'pending');
  await expect(request).toContainText('Replace Thoughts and feelings with Managing worry');
  await screenshot(pwpPage, 'tailoring-requested');

  const navPage = await (await browser.newContext()).newPage();
  await signInAs(navPage, DEMO_USERS.navigator);
  await navPage.goto('/tailoring');
  await expect(navPage.getByRole('heading', { name: 'Tailoring requests' })).toBeVisible();
  const row = navPage.getByRole('row', { name: new RegExp(ref) });
  await expect(row).toContainText('Replace Thoughts and feelings with Managing worry');
  await screenshot(navPage, 'tailoring-queue');
  expect(await seriousAxeFindings(navPage)).toEqual([]);
  await row.getByRole('button', { name: 'Approve' }).click();
  await navPage.getByLabel('Note to the PWP').fill('Agreed: worry first, review at session 4');
  await navPage.getByRole('button', { name: 'Approve request' }).click();

  // The worker applies it through the programme; the PWP's page shows it applied with the note.
  await expect(async () => {
    await pwpPage.reload();
    await expect(pwpPage.getByTestId('tailoring-request').first()).toHaveAttribute('data-status', 'applied', { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await expect(pwpPage.getByTestId('decision-note').first()).toContainText('Agreed: worry first');
  await screenshot(pwpPage, 'tailoring-applied');
});
