import { expect, test } from '@playwright/test';
import { SignInPage } from './pages/sign-in.page';
import { DEMO_USERS } from './support/demo-users';
import { bearer, readToken, screenshot } from './support/session';
import { signInAs } from './support/sign-in-as';

test('a session revoked elsewhere sends the open page back to sign-in on its next API call', async ({
  page,
  playwright,
  baseURL,
}) => {
  const shell = await signInAs(page, DEMO_USERS.navigator);
  const token = await readToken(page);
  expect(token).not.toBeNull();

  // Another client (its own request context, no shared state with the page) ends the session.
  const elsewhere = await playwright.request.newContext({ baseURL });
  const logout = await elsewhere.post('/api/auth/logout', {
    headers: bearer(token ?? ''),
  });
  expect(logout.status()).toBe(204);
  await elsewhere.dispose();

  // The page does not know yet; its next API call (loading the caseload) finds out.
  await shell.open('Caseload');

  const signIn = new SignInPage(page);
  await signIn.expectVisible();
  await expect(signIn.sessionEnded).toBeVisible();
  await expect(page).toHaveURL(/returnUrl=%2Fpatients/);
  expect(await readToken(page)).toBeNull();
  await screenshot(page, 'session-revoked');

  // Signing in again returns to where the person was.
  await signIn.signIn(
    DEMO_USERS.navigator.email,
    DEMO_USERS.navigator.password,
  );
  await expect(page).toHaveURL(/\/patients$/);
});
