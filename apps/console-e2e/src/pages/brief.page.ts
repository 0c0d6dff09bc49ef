import type { Locator, Page } from '@playwright/test';

/** The pre-session brief, /patients/:ref/brief. */
export class BriefPage {
  readonly heading: Locator;
  readonly brief: Locator;
  readonly printButton: Locator;
  readonly notAvailable: Locator;
  readonly session: Locator;
  readonly since: Locator;
  readonly flags: Locator;
  readonly mood: Locator;
  readonly logins: Locator;
  readonly modules: Locator;
  readonly notifications: Locator;
  readonly tickets: Locator;
  readonly resets: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: /^Pre-session brief: / });
    this.brief = page.getByRole('article', { name: 'Pre-session brief' });
    this.printButton = page.getByRole('button', { name: 'Print' });
    this.notAvailable = page.getByTestId('brief-not-available');
    this.session = page.getByRole('region', { name: 'Next session' });
    this.since = page.getByTestId('brief-since');
    this.flags = page.getByTestId('brief-flags');
    this.mood = page.getByTestId('brief-mood');
    this.logins = page.getByTestId('brief-logins');
    this.modules = page.getByTestId('brief-modules');
    this.notifications = page.getByTestId('brief-notifications');
    this.tickets = page.getByTestId('brief-tickets');
    this.resets = page.getByTestId('brief-resets');
  }

  async goto(patientRef: string): Promise<void> {
    await this.page.goto(`/patients/${patientRef}/brief`);
  }
}
