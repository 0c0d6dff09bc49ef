import { composePasswordResetEmail } from './password-reset-email';

describe('password reset e-mail', () => {
  it('carries the token in the link’s fragment, never its query string, and says how long it works', () => {
    const mail = composePasswordResetEmail({ name: 'Sam Patel' }, 'https://navdesk.example.nhs.uk/', 'ndr_abc-DEF_123');
    expect(mail.subject).toBe('Reset your Navdesk password');
    expect(mail.body).toContain('Hello Sam Patel,');
    expect(mail.body).toContain('https://navdesk.example.nhs.uk/reset-password#token=ndr_abc-DEF_123');
    expect(mail.body).not.toMatch(/\?token=/);
    expect(mail.body).toContain('30 minutes');
  });
});
