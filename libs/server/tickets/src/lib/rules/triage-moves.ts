import {
  CATEGORY_LABELS,
  THEME_LABELS,
  type TriagePlacement,
  type TriageRuleMove,
} from '@navdesk/contracts';
import {
  classifyTicket,
  type ClassifyInput,
  type TriageRule,
} from './triage-rules';

/** What a ticket's rule matcher reads. The reporter's category is left out: it would hide the rules' effect. */
export type TicketForMoves = Pick<
  ClassifyInput,
  'kind' | 'title' | 'description'
>;

export interface TriageMoves {
  compared: number;
  moved: number;
  moves: TriageRuleMove[];
}

/**
 * Re-triages each ticket with the current and the proposed rules, in memory, and counts the tickets
 * whose category or theme would change, per (from, to) pair. Only counts leave this function.
 */
export function triageMoves(
  tickets: Iterable<TicketForMoves>,
  current: readonly TriageRule[],
  proposed: readonly TriageRule[],
): TriageMoves {
  const counts = new Map<
    string,
    { from: TriagePlacement; to: TriagePlacement; count: number }
  >();
  let compared = 0;
  for (const ticket of tickets) {
    compared++;
    const before = classifyTicket(ticket, current);
    const after = classifyTicket(ticket, proposed);
    if (before.category === after.category && before.theme === after.theme)
      continue;
    const key = `${before.category}/${before.theme}>${after.category}/${after.theme}`;
    const entry = counts.get(key) ?? {
      from: { category: before.category, theme: before.theme },
      to: { category: after.category, theme: after.theme },
      count: 0,
    };
    entry.count++;
    counts.set(key, entry);
  }
  const moves = [...counts.values()]
    .map((m) => ({ ...m, sentence: moveSentence(m.from, m.to, m.count) }))
    .sort((a, b) => b.count - a.count || a.sentence.localeCompare(b.sentence));
  return { compared, moved: moves.reduce((sum, m) => sum + m.count, 0), moves };
}

/** "37 tickets would move from Other to Log-in and access"; a change of theme alone says so. */
export function moveSentence(
  from: TriagePlacement,
  to: TriagePlacement,
  count: number,
): string {
  const tickets = count === 1 ? '1 ticket' : `${count} tickets`;
  const themeChange = `${THEME_LABELS[from.theme]} to ${THEME_LABELS[to.theme]}`;
  if (from.category === to.category)
    return `${tickets} in ${CATEGORY_LABELS[from.category]} would change theme from ${themeChange}`;
  const move = `${tickets} would move from ${CATEGORY_LABELS[from.category]} to ${CATEGORY_LABELS[to.category]}`;
  return from.theme === to.theme ? move : `${move} (theme ${themeChange})`;
}
