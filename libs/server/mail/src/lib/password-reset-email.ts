/** How long a reset link works, from the request. */
export const PASSWORD_RESET_TTL_MINUTES = 30;

/**
 * The reset message. The token rides in the URL fragment (`#token=`), which browsers never send to
 * a server, so it cannot reach access logs or a proxy's.
 */
export function composePasswordResetEmail(user: { name: string }, consoleUrl: string, token: string): { subject: string; body: string } {
  const link = `${consoleUrl.replace(/\/+$/, '')}/reset-password#token=${encodeURIComponent(token)}`;
  return {
    subject: 'Reset your Navdesk password',
    body: [
      `Hello ${user.name},`,
      '',
      'Someone (we hope you) asked to reset the password of your Navdesk account. To choose a new one, open:',
      '',
      link,
      '',
      `The link works once, for ${PASSWORD_RESET_TTL_MINUTES} minutes. Setting a new password signs you out everywhere.`,
      'If you did not ask, ignore this e-mail: your password stays as it is.',
    ].join('\n'),
  };
}
