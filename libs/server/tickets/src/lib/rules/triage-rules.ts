import { Theme, THEMES, TICKET_CATEGORIES, TICKET_KINDS, TicketCategory, TicketKind } from '@navdesk/contracts';
import { isRecord, unknownKeys } from './json-guards';

/** A rule as stored (JSON file today, database row later). */
export interface TriageRuleDefinition {
  /** Stable name reported as `matchedRule`; defaults to `rule-<index>`. */
  id?: string;
  category: TicketCategory;
  theme: Theme;
  /** Case-insensitive regex sources, each wrapped in word boundaries: `crash(?:es|ed)?`. */
  patterns: string[];
  /** Restricts the rule to these ticket kinds; all kinds when absent. */
  kinds?: TicketKind[];
}

export interface TriageRule {
  id: string;
  category: TicketCategory;
  theme: Theme;
  patterns: readonly RegExp[];
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

const RULE_KEYS = ['id', 'category', 'theme', 'patterns', 'kinds'] as const;

/**
 * Validates and compiles rules once. Throws a TypeError naming the rule index and field,
 * so a bad edit (file or database) is caught at load, not while triaging a ticket.
 */
export function loadTriageRules(json: unknown): TriageRule[] {
  if (!Array.isArray(json)) throw new TypeError('triage rules: expected an array of rules');
  const seen = new Set<string>();
  return json.map((raw: unknown, index) => {
    const fail = (field: string, problem: string): never => {
      throw new TypeError(`triage rules: rule ${index} field "${field}" ${problem}`);
    };
    if (!isRecord(raw)) return fail('(rule)', 'must be an object');
    const extra = unknownKeys(raw, RULE_KEYS);
    if (extra.length) fail(extra[0], `is not a known field (expected ${RULE_KEYS.join(', ')})`);

    const id = raw['id'] ?? `rule-${index}`;
    if (typeof id !== 'string' || !id.trim()) return fail('id', 'must be a non-empty string');
    if (seen.has(id)) fail('id', `duplicates "${id}"`);
    seen.add(id);

    const category = raw['category'];
    if (!TICKET_CATEGORIES.includes(category as TicketCategory)) fail('category', `must be one of ${TICKET_CATEGORIES.join(', ')}`);
    const theme = raw['theme'];
    if (!THEMES.includes(theme as Theme)) fail('theme', `must be one of ${THEMES.join(', ')}`);

    const patterns = raw['patterns'];
    if (!Array.isArray(patterns) || patterns.length === 0) return fail('patterns', 'must be a non-empty array of regex sources');
    const compiled = patterns.map((source: unknown, i) => {
      if (typeof source !== 'string' || !source.trim()) return fail(`patterns[${i}]`, 'must be a non-empty string');
      try {
        return new RegExp(`\\b(?:${source})\\b`, 'i');
      } catch (e) {
        return fail(`patterns[${i}]`, `is not a valid regex: ${(e as Error).message}`);
      }
    });

    const kinds = raw['kinds'];
    if (kinds !== undefined && (!Array.isArray(kinds) || kinds.length === 0 || !kinds.every((k) => TICKET_KINDS.includes(k as TicketKind)))) {
      fail('kinds', `must be a non-empty array of ${TICKET_KINDS.join(', ')}`);
    }
    return {
      id,
      category: category as TicketCategory,
      theme: theme as Theme,
      patterns: compiled,
      kinds: (kinds as TicketKind[] | undefined) ?? null,
    };
  });
}

// require, not import: the workspace does not enable resolveJsonModule; the value is validated by loadTriageRules.
const defaultRulesJson: unknown = require('./data/triage-rules.json');

/** The shipped rules, validated at module load so a broken file fails the worker at start-up. */
export const DEFAULT_TRIAGE_RULES: readonly TriageRule[] = Object.freeze(loadTriageRules(defaultRulesJson));

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
  const scored = rules
    .filter((rule) => !rule.kinds || rule.kinds.includes(input.kind))
    .map((rule, order) => ({ rule, order, score: rule.patterns.filter((p) => p.test(text)).length }))
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
