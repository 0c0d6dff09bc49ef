import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * WCAG 2.1 A and AA, plus axe's experimental rules: label-content-name-mismatch (a control whose name does not
 * contain its visible text, as the bell's "99+" once did) is one of them, and without the tag axe never runs it.
 */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'experimental'];

/** axe's serious and critical findings on the page as it is now, as `rule: help (nodes)`; empty when it passes. */
export async function seriousAxeFindings(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
}
