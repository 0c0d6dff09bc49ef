import { expect, test } from '@playwright/test';
import { SignInPage } from './pages/sign-in.page';
import { DEMO_USERS } from './support/demo-users';
import { bearer, readToken, screenshot } from './support/session';
import { signInAs } from './support/sign-in-as';

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

  const after = await page.request.get('/api/auth/me', {
    headers: bearer(token ?? ''),
  });
  expect(after.status()).toBe(401);

  await page.reload();
  await signIn.expectVisible();
  await page.goto('/');
  await signIn.expectVisible();
  await screenshot(page, 'signed-out');
});
