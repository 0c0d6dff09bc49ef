import { expect, test } from '@playwright/test';
import { seriousAxeFindings } from './support/axe';
import { DEMO_USERS } from './support/demo-users';
import { screenshot } from './support/session';
import { signInAs } from './support/sign-in-as';

/**
 * An admin sees what an edit would do before saving it, and a bad rule cannot be saved. The rule added to be
 * previewed is removed again before saving, so the version saved triages every ticket as before (other specs
 * raise tickets while this one runs).
 */
test('an admin previews a triage rule’s effect on the latest tickets, cannot save a bad rule, and saves a version', async ({ page }) => {
  await signInAs(page, DEMO_USERS.admin);
  await page.goto('/admin/triage-rules');
  await expect(page.getByRole('heading', { name: 'Triage rules', level: 1 })).toBeVisible({ timeout: 20_000 });
  const version = Number((await page.locator('.version').innerText()).match(/version (\d+)/)?.[1]);

  // A new first rule with the patterns of the rule now first, filed under "Other": it wins every tie, so the
  // preview names the moves away from that rule's category.
  const rules = page.locator('li.rule');
  const copied = await rules.first().getByLabel('Patterns').inputValue();
  await expect(rules.first().getByRole('combobox', { name: 'Category' })).not.toContainText('Other');
  // Counted before the click and waited for after it: counted right after the click, the console may not
  // have rendered the new rule yet, and the moves below would then take the last old rule to the top.
  const count = (await rules.count()) + 1;
  await page.getByRole('button', { name: 'Add a rule' }).click();
  await expect(rules).toHaveCount(count);
  const added = rules.last();
  await added.getByLabel('Name').fill('everything-is-other');
  await added.getByRole('combobox', { name: 'Category' }).click();
  await page.getByRole('option', { name: 'Other', exact: true }).click();
  await added.getByRole('combobox', { name: 'Theme' }).click();
  await page.getByRole('option', { name: 'Functionality', exact: true }).click();
  await added.getByLabel('Patterns').fill(copied);
  // The buttons are named by position: each move shows before the next click.
  for (let n = count; n > 1; n--) {
    await page.getByRole('button', { name: `Move up rule ${n}`, exact: true }).click();
    await expect(rules.nth(n - 2).getByLabel('Name')).toHaveValue('everything-is-other');
  }
  const first = rules.first();
  await expect(first.getByLabel('Name')).toHaveValue('everything-is-other');
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByRole('region', { name: 'What this edit would do' });
  await expect(preview).toContainText(/on the latest \d+ tickets:\s+\d+ tickets? would change/, { timeout: 20_000 });
  await expect(preview.getByRole('listitem').first()).toContainText(/would move from .+ to .+/);
  await screenshot(page, 'triage-rules-preview');
  expect(await seriousAxeFindings(page)).toEqual([]);

  // A pattern that is not a regular expression: the rule and field are named, and saving stays off.
  await first.getByLabel('Patterns').fill('log ?in\n(unclosed');
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByText('The rules were not accepted')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Save as version/ })).toBeDisabled();

  // Remove the added rule and give the next one a pattern no ticket holds: nothing a ticket would notice, so
  // the version saved triages the tickets other specs raise meanwhile as before.
  await page.getByRole('button', { name: 'Remove rule 1', exact: true }).click();
  // Read the next rule's patterns only once it is first, not the removed rule's still on the page.
  await expect(rules).toHaveCount(count - 1);
  await expect(first.getByLabel('Name')).not.toHaveValue('everything-is-other');
  const patterns = first.getByLabel('Patterns');
  await patterns.fill(`${await patterns.inputValue()}\nzzq-never-typed-${Date.now().toString(36)}`);
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(preview).toContainText('no ticket would change');
  await page.getByRole('button', { name: `Save as version ${version + 1}` }).click();
  await expect(page.locator('.version')).toContainText(`version ${version + 1}`, { timeout: 20_000 });
});
