import type { Theme, TicketCategory, TicketKind } from '@navdesk/contracts';
import { PatternSet } from './safe-patterns';
import { loadTriageRules } from './triage-rule-validation';

/** A rule as stored (the shipped JSON file, a version in the database, an admin's edit). */
export interface TriageRuleDefinition {
  /** Stable name reported as `matchedRule`; defaults to `rule-<index>`. */
  id?: string;
  category: TicketCategory;
  theme: Theme;
  /** Case-insensitive RE2 regex sources, each wrapped in word boundaries: `crash(?:es|ed)?`. */
  patterns: string[];
  /** Restricts the rule to these ticket kinds; all kinds when absent. */
  kinds?: TicketKind[];
}

/** A validated rule (see validateTriageRules): its patterns are known to compile. */
export interface TriageRule {
  id: string;
  category: TicketCategory;
  theme: Theme;
  patterns: readonly string[];
  kinds: readonly TicketKind[] | null;
}

export interface ClassifyInput {
  kind: TicketKind;
  title: string;
  description: string;
  /** Chosen by the reporter; kept as is. */
  category?: TicketCategory | null;
}

export interface Classification {
  category: TicketCategory;
  theme: Theme;
  /** Id of the rule that decided, or null when the fallback did. */
  matchedRule: string | null;
}

// require, not import: the workspace does not enable resolveJsonModule; the value is validated by loadTriageRules.
const defaultRulesJson: unknown = require('./data/triage-rules.json');

/**
 * The shipped rules, validated at module load so a broken file fails the worker at start-up. The
 * database's version 1 is this file (migration TriageRuleSets); admins edit later versions.
 */
export const DEFAULT_TRIAGE_RULES: readonly TriageRule[] = Object.freeze(loadTriageRules(defaultRulesJson));

/** Each rule set's patterns compiled once into one RE2 set, with the rule each pattern belongs to. */
interface CompiledRules {
  set: PatternSet;
  owner: readonly number[];
}
const compiled = new WeakMap<readonly TriageRule[], CompiledRules>();

function compile(rules: readonly TriageRule[]): CompiledRules {
  let entry = compiled.get(rules);
  if (!entry) {
    entry = { set: new PatternSet(rules.flatMap((r) => r.patterns)), owner: rules.flatMap((r, i) => r.patterns.map(() => i)) };
    compiled.set(rules, entry);
  }
  return entry;
}

/** "How do I…" questions with no fault in them are a confidence gap (training), not a defect. */
const QUESTION_PATTERNS: readonly RegExp[] = [
  /\bhow (?:do|can|should|would) (?:i|we|you|they|patients?)\b/i,
  /\bwhere (?:do|can|would) (?:i|we|you|they) find\b/i,
  /\bnot sure (?:how|what|which|where|whether|if)\b/i,
  /\b(?:unsure|don'?t know|do not know) (?:how|what|which|where)\b/i,
  /\bis there a way to\b/i,
];

/** Module content is about tailoring even when no rule fired; everything else defaults to functionality. */
const CATEGORY_DEFAULT_THEME: Partial<Record<TicketCategory, Theme>> = { module_content: 'flexibility' };

/**
 * Picks category and theme. Each rule scores the number of its patterns found in title + description;
 * the highest score wins, ties go to the earlier rule. A reporter's category is kept, and the theme then
 * comes from the best rule of that category, else the best rule overall, else the fallback.
 */
export function classifyTicket(input: ClassifyInput, rules: readonly TriageRule[] = DEFAULT_TRIAGE_RULES): Classification {
  const text = normaliseQuotes(`${input.title}\n${input.description}`);
  const { set, owner } = compile(rules);
  const hits = new Array<number>(rules.length).fill(0);
  for (const pattern of set.matches(text)) hits[owner[pattern]]++;
  const scored = rules
    .map((rule, order) => ({ rule, order, score: hits[order] }))
    .filter(({ rule }) => !rule.kinds || rule.kinds.includes(input.kind))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order);

  const given = input.category ?? null;
  const best = (given && scored.find((s) => s.rule.category === given)) || scored[0];
  if (best) return { category: given ?? best.rule.category, theme: best.rule.theme, matchedRule: best.rule.id };

  const category = given ?? 'other';
  const isQuestion = QUESTION_PATTERNS.some((p) => p.test(text));
  return { category, theme: isQuestion ? 'confidence' : (CATEGORY_DEFAULT_THEME[category] ?? 'functionality'), matchedRule: null };
}

/** Phones type curly apostrophes; the rules are written with straight ones. */
function normaliseQuotes(text: string): string {
  return text.replace(/[\u2018\u2019\u02bc]/g, "'");
}
