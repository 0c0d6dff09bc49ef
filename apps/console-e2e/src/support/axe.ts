import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * WCAG 2.1 A and AA, plus axe's experimental rules: label-content-name-mismatch (a control whose name does not
 * contain its visible text, as the bell's "99+" once did) is one of them, and without the tag axe never runs it.
 */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'experimental'];
/** How many of a finding's elements its line names: enough to find the component, short enough to read. */
const NAMED_NODES = 3;

/**
 * axe's serious and critical findings on the page as it is now, as `rule: help (nodes: selectors)`; empty when
 * it passes. The selectors say where, so a failure can be fixed without running axe again by hand.
 */
export async function seriousAxeFindings(page: Page): Promise<string[]> {
  // Speed, as every page of every role is scanned: axe details violations only (not every node that passes), and
  // runs in the page itself (legacy mode). The default opens a blank page on every scan to merge the frames'
  // results, several seconds each on a loaded machine, and the console has no frames to merge.
  const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).withTags(AXE_TAGS).setLegacyMode(true).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.length}: ${v.nodes.slice(0, NAMED_NODES).map((n) => n.target.join(' ')).join(' | ')})`);
}
