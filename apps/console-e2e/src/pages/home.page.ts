import type { Locator, Page } from '@playwright/test';

export class HomePage {
  readonly welcome: Locator;
  readonly role: Locator;
  /** PWPs: today's briefs (a card per patient) or the empty state. */
  readonly todaysBriefs: Locator;
  readonly briefCards: Locator;
  readonly noBriefs: Locator;

  constructor(readonly page: Page) {
    this.welcome = page.getByRole('heading', { level: 1, name: /^Welcome, / });
    this.role = page.getByTestId('home-role');
    this.todaysBriefs = page.getByRole('region', { name: "Today's briefs" });
    this.briefCards = this.todaysBriefs.getByTestId('brief-card');
    this.noBriefs = page.getByRole('heading', { name: 'No face-to-face sessions in the next two working days' });
  }

  briefCard(patientRef: string): Locator {
    return this.todaysBriefs.locator(`[data-testid="brief-card"][data-patient-ref="${patientRef}"]`);
  }

  async openBrief(patientRef: string): Promise<void> {
    await this.page.getByRole('link', { name: `Open brief for ${patientRef}` }).click();
  }
}
