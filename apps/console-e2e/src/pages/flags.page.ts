import type { Locator, Page } from '@playwright/test';

/** Navigators' flags, /flags: the live task list and each service's thresholds. */
export class FlagsPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly status: Locator;
  readonly statusFilter: Locator;
  readonly kindFilter: Locator;
  readonly causeFilter: Locator;
  readonly noFlags: Locator;
  readonly thresholds: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Flags' });
    this.table = page.getByRole('table', { name: 'Flags' });
    this.status = page.getByTestId('flags-status');
    this.statusFilter = page.getByRole('combobox', { name: 'Status' });
    this.kindFilter = page.getByRole('combobox', { name: 'Flag' });
    this.causeFilter = page.getByRole('combobox', { name: 'Likely cause' });
    this.noFlags = page.getByRole('heading', { name: 'No open flags' });
    this.thresholds = page.getByRole('region', { name: 'Thresholds' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/flags');
  }

  row(patientRef: string): Locator {
    return this.table.locator(`tr[data-patient-ref="${patientRef}"]`);
  }

  async choose(filter: Locator, option: string): Promise<void> {
    await filter.click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  /** Acknowledge the (first) open flag of a patient with a note. */
  async acknowledge(patientRef: string, note: string): Promise<void> {
    const row = this.row(patientRef).first();
    await row.getByTestId('acknowledge-flag').click();
    await row.getByRole('textbox', { name: 'Note' }).fill(note);
    await row.getByRole('button', { name: 'Acknowledge flag' }).click();
  }

  /** One service's thresholds form, by the service's name. */
  thresholdsFor(serviceName: string): Locator {
    return this.thresholds.getByRole('form', { name: serviceName });
  }
}
