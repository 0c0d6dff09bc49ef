import { expect, test } from '@playwright/test';
import { AdminUsersPage, NewUserPage } from './pages/admin-users.page';
import { CaseloadPage } from './pages/caseload.page';
import { SignInPage } from './pages/sign-in.page';
import { DEMO_USERS, EXPECTED_NAV } from './support/demo-users';
import { screenshot } from './support/session';
import { signInAs } from './support/sign-in-as';

test('an admin creates a PWP who can then sign in and sees an empty caseload', async ({
  page,
}) => {
  const stamp = `${Date.now()}-${Math.floor(Math.random() * 10_000)}`;
  const newPwp = {
    name: `Robin Reed ${stamp}`,
    email: `pwp-${stamp}@navdesk.test`,
    role: 'pwp' as const,
    password: `a-long-password-${stamp}`,
    services: 1,
  };

  const shell = await signInAs(page, DEMO_USERS.admin);
  await shell.open('Admin');
  const users = new AdminUsersPage(page);
  await expect(users.heading).toBeVisible();
  await expect(page).toHaveTitle('Users · Navdesk');
  await expect(users.table).toBeVisible();
  await screenshot(page, 'admin-users');

  await users.newUserLink.click();
  const form = new NewUserPage(page);
  await form.fill(newPwp);
  await screenshot(page, 'admin-new-user-form');
  await form.create.click();

  await expect(users.heading).toBeVisible();
  await expect(users.row(newPwp.email)).toContainText('PWP');
  const confirmation = page.getByText(`${newPwp.name} (PWP) can now sign in.`);
  await expect(confirmation).toBeVisible();
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(confirmation).toBeHidden();
  await screenshot(page, 'admin-user-created');

  await shell.signOut();
  const signIn = new SignInPage(page);
  await signIn.expectVisible();
  await signIn.signIn(newPwp.email, newPwp.password);
  await shell.expectSignedIn();
  await expect(shell.signedInUser).toContainText(newPwp.name);
  await expect(shell.navLinks).toHaveText(EXPECTED_NAV.pwp);

  await shell.open('Caseload');
  const caseload = new CaseloadPage(page);
  await expect(caseload.heading).toBeVisible();
  await expect(caseload.emptyState).toBeVisible();
  await expect(caseload.table).toHaveCount(0);
  await screenshot(page, 'new-pwp-empty-caseload');
});
