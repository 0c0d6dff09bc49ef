import { expect, type Locator, type Page } from '@playwright/test';
import type { Role } from '@navdesk/contracts';
import { ROLE_LABELS } from '@navdesk/contracts';

export interface NewUserDetails {
  name: string;
  email: string;
  role: Role;
  password: string;
  /** How many services to tick, from the top of the list. */
  services: number;
}

export class AdminUsersPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly newUserLink: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Users' });
    this.table = page.getByRole('table', { name: 'Users' });
    this.newUserLink = page.getByRole('link', { name: 'New user' });
  }

  row(email: string): Locator {
    return this.table.getByRole('row').filter({ hasText: email });
  }
}

export class NewUserPage {
  readonly heading: Locator;
  readonly name: Locator;
  readonly email: Locator;
  readonly role: Locator;
  readonly services: Locator;
  readonly password: Locator;
  readonly create: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'New user' });
    this.name = page.getByLabel('Full name');
    this.email = page.getByLabel('E-mail');
    this.role = page.getByRole('combobox', { name: 'Role' });
    this.services = page.getByRole('combobox', { name: 'Services' });
    this.password = page.getByLabel('Initial password');
    this.create = page.getByRole('button', { name: 'Create user' });
  }

  async fill(details: NewUserDetails): Promise<void> {
    await expect(this.heading).toBeVisible();
    await this.name.fill(details.name);
    await this.email.fill(details.email);
    await this.role.click();
    await this.page
      .getByRole('option', { name: ROLE_LABELS[details.role], exact: true })
      .click();
    await expect(this.page.getByRole('listbox')).toBeHidden();
    await this.services.click();
    const options = this.page.getByRole('option');
    await expect(options.first()).toBeVisible();
    for (let i = 0; i < details.services; i++) {
      await options.nth(i).click();
    }
    await this.page.keyboard.press('Escape');
    await expect(this.page.getByRole('listbox')).toBeHidden();
    await this.password.fill(details.password);
  }
}
