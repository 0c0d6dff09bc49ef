import type { Locator, Page } from '@playwright/test';

/** A patient's page: flags, engagement, tickets, programme account, log-in reset, reminders. */
export class PatientPage {
  readonly accountPanel: Locator;
  readonly accountStatus: Locator;
  readonly resetPanel: Locator;
  readonly resetButton: Locator;
  readonly resetStatus: Locator;
  readonly resetStatusText: Locator;
  readonly resetNotice: Locator;
  readonly timeline: Locator;
  readonly notificationsPanel: Locator;
  readonly briefLink: Locator;
  readonly flagsPanel: Locator;
  readonly flags: Locator;
  readonly flagsStatus: Locator;
  readonly engagement: Locator;
  readonly moodSection: Locator;
  readonly loginCalendar: Locator;
  readonly modules: Locator;
  readonly notificationBurden: Locator;
  readonly ticketsPanel: Locator;
  readonly accessLogPanel: Locator;
  readonly showAccessLog: Locator;
  readonly accessLog: Locator;

  constructor(readonly page: Page) {
    this.accountPanel = page.getByRole('region', { name: 'Account' });
    this.accountStatus = page.getByTestId('account-status');
    this.resetPanel = page.getByRole('region', { name: 'Log-in reset' });
    this.resetButton = page.getByRole('button', { name: 'Reset log-in' });
    this.resetStatus = page.getByTestId('reset-status');
    this.resetStatusText = page.getByTestId('reset-status-text');
    this.resetNotice = page.getByTestId('reset-notice');
    this.timeline = page.getByRole('list', { name: 'Reset timeline' });
    this.notificationsPanel = page.getByRole('region', { name: 'Notifications' });
    this.briefLink = page.getByRole('link', { name: 'Pre-session brief' });
    this.flagsPanel = page.getByRole('region', { name: 'Flags', exact: true });
    this.flags = page.getByTestId('patient-flag');
    this.flagsStatus = page.getByTestId('flags-status');
    this.engagement = page.getByRole('region', { name: 'Engagement' });
    this.moodSection = page.getByTestId('mood');
    this.loginCalendar = page.getByTestId('login-calendar');
    this.modules = page.getByTestId('modules');
    this.notificationBurden = page.getByTestId('notification-burden');
    this.ticketsPanel = page.getByRole('region', { name: 'Open tickets' });
    this.accessLogPanel = page.getByRole('region', { name: 'Who looked at this patient' });
    this.showAccessLog = page.getByTestId('show-access-log');
    this.accessLog = page.getByTestId('access-log');
  }

  async goto(patientRef: string): Promise<void> {
    await this.page.goto(`/patients/${patientRef}`);
  }

  async resetLogIn(channel: 'Email' | 'SMS (text message)'): Promise<void> {
    await this.resetPanel.getByRole('radio', { name: channel }).check();
    await this.resetButton.click();
    await this.page.getByRole('dialog', { name: 'Send a log-in reset?' }).getByRole('button', { name: 'Send reset link' }).click();
  }

  /** One flag by kind (`no_login`, `mood_drop`, …), with `data-status` open / acknowledged / cleared. */
  flag(kind: string): Locator {
    return this.flags.and(this.page.locator(`[data-kind="${kind}"]`));
  }

  /** Navigators: Acknowledge → Note → Acknowledge flag. */
  async acknowledge(kind: string, note: string): Promise<void> {
    const flag = this.flag(kind);
    await flag.getByTestId('acknowledge-flag').click();
    await flag.getByRole('textbox', { name: 'Note' }).fill(note);
    await flag.getByRole('button', { name: 'Acknowledge flag' }).click();
  }
}
