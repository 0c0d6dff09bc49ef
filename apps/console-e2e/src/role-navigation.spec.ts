import { expect, test } from '@playwright/test';
import { ROLE_LABELS, ROLES } from '@navdesk/contracts';
import { HomePage } from './pages/home.page';
import { DEMO_USERS, EXPECTED_NAV } from './support/demo-users';
import { screenshot } from './support/session';
import { signInAs } from './support/sign-in-as';

for (const role of ROLES) {
  test(`${ROLE_LABELS[role]} signs in and sees only their own navigation`, async ({
    page,
  }) => {
    const user = DEMO_USERS[role];
    const shell = await signInAs(page, user);
    const home = new HomePage(page);

    await expect(home.welcome).toBeVisible();
    await expect(page).toHaveTitle('Home · Navdesk');
    await expect(home.role).toHaveText(ROLE_LABELS[role]);
    await expect(shell.signedInUser).toContainText(ROLE_LABELS[role]);
    await expect(shell.navLinks).toHaveText(EXPECTED_NAV[role]);
    await expect(page.getByText(user.email)).toBeVisible();
    await expect(page.getByText('Loading…')).toHaveCount(0);

    await screenshot(page, `home-${role}`);
  });
}
