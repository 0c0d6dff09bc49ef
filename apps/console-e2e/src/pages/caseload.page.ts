import type { Locator, Page } from '@playwright/test';

export class CaseloadPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly emptyState: Locator;
  /** Mat-selects: click, then pick a `page.getByRole('option', { name })`. */
  readonly flagFilter: Locator;
  readonly activityFilter: Locator;
  readonly pwpFilter: Locator;
  readonly sort: Locator;
  readonly flaggedRows: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Caseload' });
    this.table = page.getByRole('table', { name: 'Caseload' });
    this.emptyState = page.getByRole('heading', { name: 'No patients yet' });
    this.flagFilter = page.getByRole('combobox', { name: 'Flag' });
    this.activityFilter = page.getByRole('combobox', { name: 'Last active' });
    this.pwpFilter = page.getByRole('combobox', { name: 'PWP' });
    this.sort = page.getByRole('combobox', { name: 'Sort by' });
    this.flaggedRows = this.table.locator('tr[data-flagged="true"]');
    this.status = page.getByTestId('caseload-status');
  }

  async goto(): Promise<void> {
    await this.page.goto('/patients');
  }

  row(patientRef: string): Locator {
    return this.table.locator(`tr[data-patient-ref="${patientRef}"]`);
  }

  /** "Active recently", "This week", "Inactive 8+ days" or "Never logged in". */
  activityChip(patientRef: string): Locator {
    return this.row(patientRef).getByTestId('activity-chip');
  }

  /** e.g. `filterByFlag('No log-in')`. */
  async filterByFlag(label: string): Promise<void> {
    await this.flagFilter.click();
    await this.page.getByRole('option', { name: label, exact: true }).click();
  }

  async filterByActivity(label: string): Promise<void> {
    await this.activityFilter.click();
    await this.page.getByRole('option', { name: label, exact: true }).click();
  }

  async sortBy(label: string): Promise<void> {
    await this.sort.click();
    await this.page.getByRole('option', { name: label, exact: true }).click();
  }
}
