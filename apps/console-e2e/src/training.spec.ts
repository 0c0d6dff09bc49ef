import { expect, test, type Page } from '@playwright/test';
import type { TrainingModuleView, TrainingSessionView } from '@navdesk/contracts';
import { apiAs } from './support/api-as';
import { seriousAxeFindings } from './support/axe';
import { DEMO_USERS } from './support/demo-users';
import { screenshot } from './support/session';
import { signInAs } from './support/sign-in-as';

async function expectNoSeriousAxeFindings(page: Page): Promise<void> {
  expect(await seriousAxeFindings(page)).toEqual([]);
}

test('a PWP books a session, a navigator records attendance, and the PWP’s record shows it', async ({ browser }) => {
  const navigatorApi = await apiAs(DEMO_USERS.navigator.email);
  const pwpApi = await apiAs(DEMO_USERS.pwp.email);
  // A module of its own, so its session is the only card with this title; it starts in 40 minutes
  // (bookable now, and attendance opens an hour before the start).
  const title = `Choosing modules together ${Date.now() % 100_000}`;
  const module = await navigatorApi.call<TrainingModuleView>('POST', '/api/training/modules', { title, topic: 'choosing_modules', format: 'workshop', durationMinutes: 60, serviceId: pwpApi.serviceIds[0] });
  const session = await navigatorApi.call<TrainingSessionView>('POST', '/api/training/sessions', { moduleId: module.id, startsAt: new Date(Date.now() + 40 * 60_000).toISOString(), capacity: 6, serviceId: pwpApi.serviceIds[0], mode: 'online' });

  const pwpPage = await (await browser.newContext()).newPage();
  await signInAs(pwpPage, DEMO_USERS.pwp);
  await pwpPage.goto('/training');
  await expect(pwpPage.getByRole('heading', { name: 'Upcoming sessions' })).toBeVisible();
  const card = pwpPage.getByRole('listitem', { name: title });
  await expect(card).toContainText('6 seats left');
  await card.getByRole('button', { name: 'Book' }).click();
  await expect(card.getByRole('button', { name: 'Cancel booking' })).toBeVisible();
  await expect(card).toContainText('Booked');
  const record = pwpPage.getByRole('region', { name: 'My training record' }).or(pwpPage.locator('section', { has: pwpPage.getByRole('heading', { name: 'My training record' }) }));
  await expect(record.first()).not.toContainText(title);
  await screenshot(pwpPage, 'training-pwp-booked');
  await expectNoSeriousAxeFindings(pwpPage);

  const navPage = await (await browser.newContext()).newPage();
  await signInAs(navPage, DEMO_USERS.navigator);
  await navPage.goto(`/training/sessions/${session.id}`);
  await expect(navPage.getByRole('heading', { name: 'Roster' })).toBeVisible();
  const row = navPage.getByRole('row', { name: new RegExp(pwpApi.name) });
  await row.getByLabel(/^Before/).selectOption('3');
  await row.getByLabel(/^After/).selectOption('8');
  await row.getByRole('button', { name: /Save attendance/ }).click();
  await expect(row).toContainText('Attended');
  await screenshot(navPage, 'training-session-attendance');
  await expectNoSeriousAxeFindings(navPage);

  await pwpPage.reload();
  const attended = pwpPage.getByRole('table', { name: 'Sessions attended, with confidence before and after' });
  const line = attended.getByRole('row', { name: new RegExp(title) });
  await expect(line).toContainText('3');
  await expect(line).toContainText('8');
  await expect(line).toContainText('+5');
  await screenshot(pwpPage, 'training-pwp-record');
});

test('a navigator sees the questions PWPs ask grouped by training topic', async ({ page }) => {
  await signInAs(page, DEMO_USERS.navigator);
  await page.goto('/training/topics');
  await expect(page.getByRole('heading', { name: 'Question topics' })).toBeVisible();
  // The demo's "how do I…" tickets: progress and the mood diary are about reading engagement data.
  await expect(page.getByText('Reading engagement and mood data').first()).toBeVisible();
  await expect(page.getByRole('button', { name: /^Invite \d+ PWPs? to / }).first()).toBeVisible();
  await screenshot(page, 'training-question-topics');
  await expectNoSeriousAxeFindings(page);
  await page.goto('/training/coverage');
  await expect(page.getByRole('heading', { name: 'Coverage' })).toBeVisible();
  await screenshot(page, 'training-coverage');
});
