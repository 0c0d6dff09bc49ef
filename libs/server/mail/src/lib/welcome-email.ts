import { ROLE_LABELS, type Role } from '@navdesk/contracts';

/** The welcome message: no password, no patient data; it tells the person where to sign in. */
export function composeWelcomeEmail(user: { name: string; role: Role }, consoleUrl: string): { subject: string; body: string } {
  return {
    subject: 'Your Navdesk account',
    body: [
      `Hello ${user.name},`,
      '',
      `An administrator has created a Navdesk account for you as ${ROLE_LABELS[user.role]}.`,
      `Sign in at ${consoleUrl} with this e-mail address and the password your administrator gives you separately.`,
      '',
      'If you did not expect this, tell your service lead.',
    ].join('\n'),
  };
}
