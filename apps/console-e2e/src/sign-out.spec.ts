import { expect, type Page, test } from '@playwright/test';
import { CaseloadPage } from './pages/caseload.page';
import { SignInPage } from './pages/sign-in.page';
import { DEMO_USERS } from './support/demo-users';
import { bearer, readToken, screenshot } from './support/session';
import { signInAs } from './support/sign-in-as';

/** Every key of the console's own (`navdesk.`) in session and local storage. */
function navdeskStorageKeys(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [sessionStorage, localStorage].flatMap((storage) =>
      Array.from(
        { length: storage.length },
        (_, i) => storage.key(i) ?? '',
      ).filter((key) => key.startsWith('navdesk.')),
    ),
  );
}

test('signing out ends the session: the old token stops working and a reload stays signed out', async ({
  page,
}) => {
  const shell = await signInAs(page, DEMO_USERS.pwp);
  const token = await readToken(page);
  expect(token).not.toBeNull();
  expect(
    (
      await page.request.get('/api/auth/me', { headers: bearer(token ?? '') })
    ).status(),
  ).toBe(200);

  await shell.signOut();
  const signIn = new SignInPage(page);
  await signIn.expectVisible();
  await expect(signIn.sessionEnded).toHaveCount(0);
  expect(await readToken(page)).toBeNull();

  // The logout request outlives the page it left; give it the moment it may still need.
  await expect
    .poll(async () =>
      (
        await page.request.get('/api/auth/me', { headers: bearer(token ?? '') })
      ).status(),
    )
    .toBe(401);

  await page.reload();
  await signIn.expectVisible();
  await page.goto('/');
  await signIn.expectVisible();
  await screenshot(page, 'signed-out');
});

test('signing out forgets the patient pages: going back shows sign-in, and no Navdesk data is left in storage', async ({
  page,
}) => {
  const shell = await signInAs(page, DEMO_USERS.pwp);
  await shell.open('Caseload');
  const caseload = new CaseloadPage(page);
  const firstRow = caseload.table.locator('tr[data-patient-ref]').first();
  await expect(firstRow).toBeVisible();
  const ref = (await firstRow.getAttribute('data-patient-ref')) ?? '';
  expect(ref).toMatch(/^P-/);
  await firstRow.getByRole('link', { name: ref }).click();
  await expect(page).toHaveURL(new RegExp(`/patients/${ref}$`));
  await expect(page.getByText(ref).first()).toBeVisible();
  expect(await navdeskStorageKeys(page)).not.toEqual([]);

  await shell.signOut();
  const signIn = new SignInPage(page);
  await signIn.expectVisible();
  expect(await navdeskStorageKeys(page)).toEqual([]);

  // Back to the patient page, then the caseload: each time the sign-in page, never the patient.
  for (let i = 0; i < 2; i++) {
    await page.goBack();
    await signIn.expectVisible();
    await expect(page.getByText(ref)).toHaveCount(0);
    await expect(caseload.table).toHaveCount(0);
  }
  expect(await navdeskStorageKeys(page)).toEqual([]);
});
