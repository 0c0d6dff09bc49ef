import { expect, test } from '@playwright/test';
import {
  MyIssuesPage,
  NotificationsBell,
  RaiseIssuePage,
  TicketPage,
  TriagePage,
} from './pages/tickets.page';
import { DEMO_USERS } from './support/demo-users';
import { screenshot } from './support/session';
import { signInAs } from './support/sign-in-as';

test.describe.configure({ mode: 'serial' });

test('a PWP raises an issue; a navigator sees it live, answers, waits on them, resolves; the PWP answers the questions', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const run = Date.now().toString(36);
  const title = `Mood app closes on the diary screen ${run}`;

  const navContext = await browser.newContext({
    viewport: { width: 1280, height: 800 },
  });
  const pwpContext = await browser.newContext({
    viewport: { width: 1280, height: 800 },
  });
  const nav = await navContext.newPage();
  const pwp = await pwpContext.newPage();

  try {
    // The navigator is already watching the queue.
    await signInAs(nav, DEMO_USERS.navigator);
    const triage = new TriagePage(nav);
    await triage.goto();
    await expect(triage.queue).toBeVisible();
    await expect(triage.live).toBeVisible();

    // The PWP raises a tech-support issue, seeing knowledge-base suggestions while typing.
    await signInAs(pwp, DEMO_USERS.pwp);
    const raise = new RaiseIssuePage(pwp);
    await raise.goto();
    await raise.fill({
      title,
      description:
        'My patient cannot log in to the programme since the update; the app closes when she opens her mood diary.',
    });
    await expect(raise.suggestions).toBeVisible();
    await raise.suggestions
      .getByRole('button', { name: 'Read article' })
      .first()
      .click();
    await expect(
      raise.suggestions.getByRole('button', { name: 'Hide article' }),
    ).toBeVisible();
    await screenshot(pwp, 'raise-form-suggestions');
    const reference = await raise.raise();
    expect(reference).toMatch(/^ND-\d{6}$/);
    await expect(raise.riskNotice).toHaveCount(0);
    await expect(
      pwp.getByRole('link', { name: `View ${reference}` }),
    ).toBeVisible();

    // It appears in the navigator's queue without a reload.
    await expect(triage.row(reference)).toBeVisible({ timeout: 15_000 });
    await expect(triage.row(reference)).toContainText(title);
    // Once the worker has triaged it, it carries a priority and an SLA.
    await expect(triage.row(reference)).toContainText(/P\d ·/, {
      timeout: 15_000,
    });
    await screenshot(nav, 'triage');

    // The navigator opens it, replies, and asks the reporter for more.
    await triage.open(reference);
    const navTicket = new TicketPage(nav);
    await expect(navTicket.heading(title)).toBeVisible();
    await navTicket.sendAReply(
      'Thanks — which phone does she use, and which app version?',
    );
    await navTicket.setStatus('Waiting on reporter');
    await expect(navTicket.timeline).toContainText('to Waiting on reporter');
    await screenshot(nav, 'ticket-detail-navigator');

    // The PWP sees it is waiting on them, reads the reply and answers.
    const myIssues = new MyIssuesPage(pwp);
    await pwp
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'My issues' })
      .click();
    await expect(myIssues.heading).toBeVisible();
    await expect(myIssues.row(reference)).toContainText('Waiting on you');
    await myIssues.row(reference).getByRole('link').click();
    const pwpTicket = new TicketPage(pwp);
    await expect(pwpTicket.heading(title)).toBeVisible();
    await expect(pwpTicket.timeline).toContainText('which phone does she use');
    await expect(
      pwp.getByText('Internal — not shown to the reporter'),
    ).toHaveCount(0);
    await screenshot(pwp, 'ticket-detail-pwp');
    await pwpTicket.sendAReply('A Pixel 7, app version 4.2.');

    // The navigator sees the answer (the ticket is back in progress) and resolves it.
    await expect(navTicket.timeline).toContainText(
      'A Pixel 7, app version 4.2.',
      { timeout: 15_000 },
    );
    await expect(nav.getByRole('combobox', { name: 'Status' })).toContainText(
      'In progress',
    );
    await navTicket.setStatus('Resolved');

    // The PWP answers the two questions.
    await pwp.reload();
    await expect(pwpTicket.solved).toBeVisible();
    await pwpTicket.solved.getByRole('radio', { name: 'Yes' }).check();
    await pwpTicket.disrupted.getByRole('radio', { name: 'No' }).check();
    await pwpTicket.sendAnswers.click();
    await expect(pwp.getByRole('heading', { name: 'Thank you' })).toBeVisible();

    // The PWP's bell lists what happened.
    const bell = new NotificationsBell(pwp);
    await expect(bell.button).toHaveAttribute(
      'aria-label',
      /^Notifications, \d+ unread$/,
    );
    await bell.button.click();
    await expect(bell.menu).toBeVisible();
    await expect(bell.menu.getByRole('menuitem').first()).toBeVisible();
    await screenshot(pwp, 'bell-menu');
    await bell.menu.getByRole('menuitem', { name: 'Mark all read' }).click();
    await expect(bell.button).toHaveAttribute(
      'aria-label',
      'Notifications',
    );
    await pwp.keyboard.press('Escape');

    // Incidents, as the navigator sees them.
    await nav.goto('/incidents');
    await expect(
      nav.getByRole('heading', { level: 1, name: 'Incidents' }),
    ).toBeVisible();
    await expect(nav.getByText('Loading incidents…')).toHaveCount(0);
    await screenshot(nav, 'incidents');
    // The demo data holds open incidents; open the first with its tickets.
    await nav
      .getByRole('table', { name: 'Incidents' })
      .getByRole('link')
      .first()
      .click();
    await expect(
      nav.getByRole('table', { name: 'Tickets in this incident' }),
    ).toBeVisible();
    await expect(
      nav.getByRole('button', { name: 'Resolve incident' }),
    ).toBeVisible();
    await screenshot(nav, 'incident-detail');
  } finally {
    await navContext.close();
    await pwpContext.close();
  }
});

test('a risk phrase shows the PWP the risk notice at once', async ({
  page,
}) => {
  await signInAs(page, DEMO_USERS.pwp);
  const raise = new RaiseIssuePage(page);
  await raise.goto();
  await raise.fill({
    title: 'Patient distressed during app check-in',
    description:
      'While we were checking the app, my patient said she wants to end her life.',
  });
  await raise.raise();
  await expect(raise.riskNotice).toBeVisible();
  await expect(raise.riskNotice).toBeFocused();
  await screenshot(page, 'raise-risk-notice');
});
