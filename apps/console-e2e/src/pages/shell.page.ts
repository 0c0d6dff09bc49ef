import { expect, type Locator, type Page } from '@playwright/test';

/** The signed-in frame: toolbar, main navigation, main content. */
export class ShellPage {
  readonly nav: Locator;
  readonly navLinks: Locator;
  readonly signOutButton: Locator;
  readonly signedInUser: Locator;
  readonly main: Locator;

  constructor(readonly page: Page) {
    this.nav = page.getByRole('navigation', { name: 'Main' });
    this.navLinks = this.nav.getByRole('link');
    this.signOutButton = page.getByRole('button', { name: 'Sign out' });
    this.signedInUser = page.getByTestId('signed-in-user');
    this.main = page.getByRole('main');
  }

  async expectSignedIn(): Promise<void> {
    await expect(this.signOutButton).toBeVisible();
    await expect(this.nav).toBeVisible();
  }

  async open(area: string): Promise<void> {
    await this.nav.getByRole('link', { name: area, exact: true }).click();
  }

  async signOut(): Promise<void> {
    await this.signOutButton.click();
  }
}
