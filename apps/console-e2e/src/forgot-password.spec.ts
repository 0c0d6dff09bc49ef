import { expect, test } from '@playwright/test';
import { SignInPage } from './pages/sign-in.page';
import { apiAs } from './support/api-as';
import { DEMO_USERS } from './support/demo-users';

interface OutboundEmail {
  recipient: string;
  subject: string;
  body: string;
}

test('a person who forgot their password resets it through the e-mailed link and signs in', async ({
  page,
}) => {
  // A new person, so the demo accounts other tests sign in as keep their password.
  const admin = await apiAs(DEMO_USERS.admin.email);
  const services = await admin.call<{ items: { id: string }[] }>('GET', '/api/services');
  const stamp = `${Date.now()}-${Math.floor(Math.random() * 10_000)}`;
  const email = `forgetful-${stamp}@navdesk.test`;
  await admin.call('POST', '/api/users', {
    email,
    name: `Fran Forgetful ${stamp}`,
    role: 'pwp',
    serviceIds: [services.items[0].id],
    password: `first-password-${stamp}`,
  });

  const signIn = new SignInPage(page);
  await signIn.goto();
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(page.getByRole('heading', { name: 'Forgot your password?' })).toBeVisible();
  await page.getByLabel('E-mail').fill(email);
  await page.getByRole('button', { name: 'Send me a link' }).click();
  await expect(page.getByText("If that address has an account, we've sent a link")).toBeVisible();

  // The demo outbox (Admin → Outbox e-mails) holds the message; the worker sends it within seconds.
  let link = '';
  await expect
    .poll(
      async () => {
        const mails = await admin.call<{ items: OutboundEmail[] }>('GET', '/api/admin/outbound-emails?limit=50');
        const mail = mails.items.find((m) => m.recipient === email && m.subject === 'Reset your Navdesk password');
        link = mail?.body.match(/https?:\/\/\S+\/reset-password#token=\S+/)?.[0] ?? '';
        return link;
      },
      { timeout: 20_000 },
    )
    .not.toBe('');

  const url = new URL(link);
  await page.goto(url.pathname + url.hash);
  await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
  const newPassword = `a brand new phrase ${stamp}`;
  await page.getByRole('textbox', { name: 'New password' }).fill(newPassword);
  await page.getByRole('button', { name: 'Set password' }).click();
  await expect(page.getByText('Your new password is set')).toBeVisible();
  await page.getByRole('link', { name: 'Sign in' }).click();

  await signIn.expectVisible();
  await signIn.signIn(email, newPassword);
  await expect(page.getByTestId('signed-in-user')).toContainText('Fran Forgetful');
});
