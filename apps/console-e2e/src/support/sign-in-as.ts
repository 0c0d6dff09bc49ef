import { expect, type Page } from '@playwright/test';
import { ShellPage } from '../pages/shell.page';
import { SignInPage } from '../pages/sign-in.page';

/** Signs in through the form and waits for the signed-in frame. */
export async function signInAs(
  page: Page,
  credentials: { email: string; password: string },
): Promise<ShellPage> {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(credentials.email, credentials.password);
  const shell = new ShellPage(page);
  await shell.expectSignedIn();
  await expect(page).not.toHaveURL(/\/sign-in/);
  return shell;
}
