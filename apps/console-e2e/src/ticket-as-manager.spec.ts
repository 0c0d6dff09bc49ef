import { expect, test } from '@playwright/test';
import { apiAs } from './support/api-as';
import { seriousAxeFindings } from './support/axe';
import { DEMO_USERS } from './support/demo-users';
import { screenshot } from './support/session';
import { signInAs } from './support/sign-in-as';

const NHS_NUMBER = '943 476 5919';
const PHONE = '07700 900123';

test('a manager opens a ticket: its text masked, and no patient ref, comment or internal note', async ({ page }) => {
  const run = Date.now().toString(36);
  const pwp = await apiAs(DEMO_USERS.pwp.email);
  const navigator = await apiAs(DEMO_USERS.navigator.email);
  const [first] = (await pwp.call<{ items: { patientRef: string }[] }>('GET', '/api/patients?limit=1')).items;
  expect(first?.patientRef, 'the demo PWP has a patient').toMatch(/^P-/);
  const patient = first as { patientRef: string };
  const ticket = await pwp.call<{ id: string; reference: string }>('POST', '/api/tickets', {
    kind: 'tech_support',
    title: `App freezes on the mood diary ${run}`,
    description: `The patient (NHS number ${NHS_NUMBER}, mobile ${PHONE}) cannot save the mood diary.`,
    serviceId: pwp.serviceIds[0],
    patientRef: patient.patientRef,
  });
  await navigator.call('POST', `/api/tickets/${ticket.id}/comments`, { body: `Reply to the PWP ${run}` });
  await navigator.call('POST', `/api/tickets/${ticket.id}/comments`, { body: `Internal: called the vendor ${run}`, internal: true });

  await signInAs(page, DEMO_USERS.manager);
  await page.goto(`/tickets/${ticket.id}`);
  await expect(page.getByRole('heading', { name: new RegExp(`App freezes on the mood diary ${run}`) })).toBeVisible({ timeout: 20_000 });
  const main = page.locator('main');
  await expect(main).toContainText(ticket.reference);
  await expect(main).toContainText('cannot save the mood diary');
  const text = await main.innerText();
  // The identifiers the PWP typed are masked, the patient's ref is not shown, and neither is the conversation.
  expect(text).not.toContain(NHS_NUMBER);
  expect(text).not.toContain(PHONE);
  expect(text).not.toContain(patient.patientRef);
  expect(text).not.toContain(`Reply to the PWP ${run}`);
  expect(text).not.toContain(`Internal: called the vendor ${run}`);
  await screenshot(page, 'ticket-as-manager');
  expect(await seriousAxeFindings(page)).toEqual([]);
});
