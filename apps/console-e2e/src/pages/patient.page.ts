import type { Locator, Page } from '@playwright/test';

/** A patient's page: programme account, log-in reset, reminders. */
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
  }

  async resetLogIn(channel: 'Email' | 'SMS (text message)'): Promise<void> {
    await this.resetPanel.getByRole('radio', { name: channel }).check();
    await this.resetButton.click();
    await this.page.getByRole('dialog', { name: 'Send a log-in reset?' }).getByRole('button', { name: 'Send reset link' }).click();
  }
}
