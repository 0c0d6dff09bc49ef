import { expect, type Locator, type Page } from '@playwright/test';

/** Picks `option` in the Material select named `label`. */
export async function choose(
  page: Page,
  label: string,
  option: string,
): Promise<void> {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await expect(page.getByRole('listbox')).toBeHidden();
}

export class RaiseIssuePage {
  readonly heading: Locator;
  readonly title: Locator;
  readonly description: Locator;
  readonly submit: Locator;
  readonly suggestions: Locator;
  readonly reference: Locator;
  readonly riskNotice: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', {
      level: 1,
      name: 'Raise an issue',
    });
    this.title = page.getByLabel('Title');
    this.description = page.getByLabel('Description');
    this.submit = page.getByRole('button', { name: 'Raise issue' });
    this.suggestions = page.getByRole('region', {
      name: 'These articles may help',
    });
    this.reference = page.getByTestId('ticket-reference');
    this.riskNotice = page
      .getByRole('alert')
      .filter({ hasText: 'risk protocol' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/raise');
    await expect(this.heading).toBeVisible();
  }

  async fill(details: { title: string; description: string }): Promise<void> {
    await this.title.fill(details.title);
    await this.description.fill(details.description);
  }

  /** Submits and returns the reference shown (ND-000123). */
  async raise(): Promise<string> {
    await this.submit.click();
    await expect(this.reference).toBeVisible();
    return (await this.reference.textContent())?.trim() ?? '';
  }
}

export class TriagePage {
  readonly heading: Locator;
  readonly queue: Locator;
  readonly live: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Triage' });
    this.queue = page.getByRole('list', { name: 'Ticket queue' });
    this.live = page.getByRole('status').filter({ hasText: 'Live' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/triage');
    await expect(this.heading).toBeVisible();
  }

  /** The ticket in the "Just raised" strip or the queue, whichever comes first. */
  row(reference: string): Locator {
    return this.page.locator(`[data-ticket-ref="${reference}"]`).first();
  }

  async open(reference: string): Promise<void> {
    await this.row(reference).getByRole('link').click();
  }
}

export class TicketPage {
  readonly timeline: Locator;
  readonly reply: Locator;
  readonly sendReply: Locator;
  readonly save: Locator;
  readonly solved: Locator;
  readonly disrupted: Locator;
  readonly sendAnswers: Locator;

  constructor(readonly page: Page) {
    this.timeline = page.getByRole('list', { name: 'Timeline' });
    this.reply = page.getByLabel('Your reply');
    this.sendReply = page.getByRole('button', { name: 'Send reply' });
    this.save = page.getByRole('button', { name: 'Save changes' });
    this.solved = page.getByRole('radiogroup', { name: 'Was it solved?' });
    this.disrupted = page.getByRole('radiogroup', {
      name: 'Did the fault disrupt therapy with your patient?',
    });
    this.sendAnswers = page.getByRole('button', { name: 'Send answers' });
  }

  heading(title: string): Locator {
    return this.page.getByRole('heading', { level: 1, name: title });
  }

  async sendAReply(body: string): Promise<void> {
    await this.reply.fill(body);
    await this.sendReply.click();
    await expect(this.timeline).toContainText(body);
    await expect(this.reply).toHaveValue('');
  }

  async setStatus(status: string): Promise<void> {
    await choose(this.page, 'Status', status);
    await this.save.click();
    await expect(this.page.getByText('Unsaved changes')).toBeHidden();
    await expect(
      this.page.getByRole('combobox', { name: 'Status' }),
    ).toContainText(status);
  }
}

export class MyIssuesPage {
  readonly heading: Locator;
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'My issues' });
    this.table = page.getByRole('table', { name: 'My issues' });
  }

  row(reference: string): Locator {
    return this.page.locator(`tr[data-ticket-ref="${reference}"]`);
  }
}

export class NotificationsBell {
  readonly button: Locator;
  readonly menu: Locator;

  constructor(readonly page: Page) {
    this.button = page.getByTestId('notifications-bell');
    this.menu = page.getByRole('menu');
  }
}
