import { composeWelcomeEmail } from './welcome-email';

describe('welcome e-mail', () => {
  it('greets the person, names their role and holds no password', () => {
    const mail = composeWelcomeEmail({ name: 'Sam Patel', role: 'pwp' }, 'https://navdesk.example.nhs.uk');
    expect(mail.subject).toBe('Your Navdesk account');
    expect(mail.body).toContain('Hello Sam Patel,');
    expect(mail.body).toContain('as PWP');
    expect(mail.body).toContain('https://navdesk.example.nhs.uk');
    expect(mail.body.toLowerCase()).not.toMatch(/password:\s*\S/);
  });
});
