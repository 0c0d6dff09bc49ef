import type { Locator, Page } from '@playwright/test';

export class CaseloadPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly emptyState: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Caseload' });
    this.table = page.getByRole('table', { name: 'Caseload' });
    this.emptyState = page.getByRole('heading', { name: 'No patients yet' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/patients');
  }
}
