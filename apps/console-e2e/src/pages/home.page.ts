import type { Locator, Page } from '@playwright/test';

export class HomePage {
  readonly welcome: Locator;
  readonly role: Locator;

  constructor(readonly page: Page) {
    this.welcome = page.getByRole('heading', { level: 1, name: /^Welcome, / });
    this.role = page.getByTestId('home-role');
  }
}
