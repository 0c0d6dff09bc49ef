import {
  Theme,
  THEMES,
  TICKET_CATEGORIES,
  TICKET_KINDS,
  TicketCategory,
  TicketKind,
} from '@navdesk/contracts';
import { isRecord, unknownKeys } from './json-guards';
import { patternProblem, patternSetProblem } from './safe-patterns';
import type { TriageRule } from './triage-rules';

/** Bounds that keep one rule set cheap to compile and to run on every ticket. */
export const MAX_TRIAGE_RULES = 100;
export const MAX_PATTERNS_PER_RULE = 50;
export const MAX_RULE_ID_LENGTH = 64;

/** One thing wrong with a rule set: the rule's index (null for the set as a whole), the field inside it, why. */
export interface TriageRuleProblem {
  rule: number | null;
  /** Inside the rule: `['patterns', 2]`; empty for the rule itself. */
  path: readonly (string | number)[];
  message: string;
}

export type TriageRuleValidation =
  | { ok: true; rules: TriageRule[] }
  | { ok: false; problems: TriageRuleProblem[] };

const RULE_KEYS = ['id', 'category', 'theme', 'patterns', 'kinds'] as const;

type Path = readonly (string | number)[];
type Report = (path: Path, message: string) => void;
interface Found {
  path: Path;
  message: string;
}

/**
 * Checks a rule set as stored (JSON file, database row, or an admin's edit) and returns every problem
 * found, each naming its rule and field, or the rules ready for `classifyTicket`.
 */
export function validateTriageRules(json: unknown): TriageRuleValidation {
  if (!Array.isArray(json))
    return {
      ok: false,
      problems: [
        { rule: null, path: [], message: 'expected an array of rules' },
      ],
    };
  if (json.length > MAX_TRIAGE_RULES)
    return {
      ok: false,
      problems: [
        {
          rule: null,
          path: [],
          message: `has more than ${MAX_TRIAGE_RULES} rules`,
        },
      ],
    };
  const problems: TriageRuleProblem[] = [];
  const rules: TriageRule[] = [];
  json.forEach((raw: unknown, index) => {
    const found: Found[] = [];
    const rule = checkRule(raw, index, (path, message) =>
      found.push({ path, message }),
    );
    if (rule) {
      const sameId = rules.find((r) => r.id === rule.id);
      const twin = rules.find((r) => sameRule(r, rule));
      if (sameId)
        found.push({ path: ['id'], message: `duplicates "${rule.id}"` });
      else if (twin)
        found.push({
          path: ['patterns'],
          message: `are the same as rule "${twin.id}", which comes first and so always wins`,
        });
      else rules.push(rule);
    }
    problems.push(...found.map((f) => ({ rule: index, ...f })));
  });
  if (problems.length) return { ok: false, problems };
  const tooLarge = patternSetProblem(rules.flatMap((r) => r.patterns));
  return tooLarge
    ? { ok: false, problems: [{ rule: null, path: [], message: tooLarge }] }
    : { ok: true, rules };
}

/** The rule, or null after reporting what is wrong with it. */
function checkRule(
  raw: unknown,
  index: number,
  found: Report,
): TriageRule | null {
  if (!isRecord(raw)) {
    found([], 'must be an object');
    return null;
  }
  let bad = false;
  const report: Report = (path, message) => {
    bad = true;
    found(path, message);
  };
  for (const key of unknownKeys(raw, RULE_KEYS))
    report([key], `is not a known field (expected ${RULE_KEYS.join(', ')})`);

  const id = raw['id'] ?? `rule-${index}`;
  if (typeof id !== 'string' || !id.trim())
    report(['id'], 'must be a non-empty string');
  else if (id.length > MAX_RULE_ID_LENGTH)
    report(['id'], `is longer than ${MAX_RULE_ID_LENGTH} characters`);

  const category = raw['category'];
  if (!TICKET_CATEGORIES.includes(category as TicketCategory))
    report(['category'], `must be one of ${TICKET_CATEGORIES.join(', ')}`);
  const theme = raw['theme'];
  if (!THEMES.includes(theme as Theme))
    report(['theme'], `must be one of ${THEMES.join(', ')}`);

  const patterns = raw['patterns'];
  if (!Array.isArray(patterns) || patterns.length === 0)
    report(['patterns'], 'must be a non-empty array of regex sources');
  else if (patterns.length > MAX_PATTERNS_PER_RULE)
    report(['patterns'], `has more than ${MAX_PATTERNS_PER_RULE} patterns`);
  else checkPatterns(patterns, report);

  const kinds = raw['kinds'];
  if (
    kinds !== undefined &&
    (!Array.isArray(kinds) ||
      kinds.length === 0 ||
      !kinds.every((k) => TICKET_KINDS.includes(k as TicketKind)))
  ) {
    report(
      ['kinds'],
      `must be a non-empty array of ${TICKET_KINDS.join(', ')}`,
    );
  } else if (Array.isArray(kinds) && new Set(kinds).size !== kinds.length) {
    report(['kinds'], 'names a kind twice');
  }
  if (bad) return null;
  return {
    id: id as string,
    category: category as TicketCategory,
    theme: theme as Theme,
    patterns: patterns as string[],
    kinds: (kinds as TicketKind[] | undefined) ?? null,
  };
}

function checkPatterns(patterns: unknown[], report: Report): void {
  const seen = new Map<string, number>();
  patterns.forEach((source: unknown, i) => {
    if (typeof source !== 'string' || !source.trim())
      return report(['patterns', i], 'must be a non-empty string');
    const problem = patternProblem(source);
    if (problem) return report(['patterns', i], problem);
    const key = source.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined)
      return report(['patterns', i], `repeats pattern ${first}`);
    seen.set(key, i);
  });
}

/** Same category, theme, kinds and patterns: the later of two such rules can never decide a ticket. */
function sameRule(a: TriageRule, b: TriageRule): boolean {
  const key = (r: TriageRule) =>
    JSON.stringify([
      r.category,
      r.theme,
      [...(r.kinds ?? [])].sort(),
      [...r.patterns].map((p) => p.toLowerCase()).sort(),
    ]);
  return key(a) === key(b);
}

/** `['patterns', 2]` → `patterns[2]`, as the file loader names fields. */
export function fileField(path: Path): string {
  if (path.length === 0) return '(rule)';
  return path
    .map((part, i) =>
      typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`,
    )
    .join('');
}

/**
 * Validates and compiles rules once. Throws a TypeError naming the rule index and field, so a bad
 * rule file is caught at load, not while triaging a ticket.
 */
export function loadTriageRules(json: unknown): TriageRule[] {
  const result = validateTriageRules(json);
  if (result.ok) return result.rules;
  const [first] = result.problems;
  throw new TypeError(
    first.rule === null
      ? `triage rules: ${first.message}`
      : `triage rules: rule ${first.rule} field "${fileField(first.path)}" ${first.message}`,
  );
}
