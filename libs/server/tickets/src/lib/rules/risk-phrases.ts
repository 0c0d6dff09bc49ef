import { isRecord, unknownKeys } from './json-guards';

export const RISK_CATEGORIES = ['suicide', 'self_harm', 'harm_to_others', 'safeguarding'] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number];

export interface RiskPhraseMatcher {
  category: RiskCategory;
  phrase: string;
  pattern: RegExp;
}

export interface RiskDetection {
  flag: boolean;
  /** The matched words as written (lower-cased), in order of appearance, without repeats. */
  matched: string[];
  categories: RiskCategory[];
}

/** Turns one phrase of the list's small syntax (see data/risk-phrases.json "notes") into a regex source. */
function compilePhrase(phrase: string, expand: (name: string) => string): string {
  const token = /\{(\w+)\}|\(([^()]*)\)|\*|\s+|[^\s{}()*]+/gy;
  let out = '';
  let consumed = 0;
  for (let m = token.exec(phrase); m; m = token.exec(phrase)) {
    consumed = token.lastIndex;
    const [text, placeholder, alternatives] = m;
    if (placeholder !== undefined) out += expand(placeholder);
    else if (alternatives !== undefined) out += `(?:${alternatives.split('|').map((alt) => compilePhrase(alt.trim(), expand)).join('|')})`;
    else if (text === '*') out += '\\w*';
    else if (/^\s+$/.test(text)) out += '[\\s-]+';
    else out += text.split('-').map(escapeLiteral).join('[\\s-]+');
  }
  if (consumed !== phrase.length || !phrase.trim()) throw new TypeError(`cannot read the phrase near "${phrase.slice(consumed)}" (unbalanced brackets or braces?)`);
  return out;
}

function escapeLiteral(text: string): string {
  return text.replace(/[.+?^$|[\]\\]/g, '\\$&').replace(/'/g, "'?");
}

/**
 * Validates and compiles a risk phrase file: {placeholders: {name: string[]}, groups: [{category, phrases}]}.
 * Throws a TypeError naming the group, phrase index and phrase, so a bad edit fails at load.
 */
export function loadRiskPhrases(json: unknown): RiskPhraseMatcher[] {
  if (!isRecord(json)) throw new TypeError('risk phrases: expected an object with "groups"');
  const extra = unknownKeys(json, ['notes', 'placeholders', 'groups']);
  if (extra.length) throw new TypeError(`risk phrases: unknown field "${extra[0]}"`);
  const placeholders = json['placeholders'] ?? {};
  if (!isRecord(placeholders)) throw new TypeError('risk phrases: "placeholders" must be an object of string lists');

  const expanded = new Map<string, string>();
  const expanding = new Set<string>();
  const expand = (name: string): string => {
    const cached = expanded.get(name);
    if (cached !== undefined) return cached;
    const values = placeholders[name];
    if (!Array.isArray(values) || values.length === 0 || !values.every((v) => typeof v === 'string' && v.trim())) {
      throw new TypeError(`unknown or empty placeholder {${name}}`);
    }
    if (expanding.has(name)) throw new TypeError(`placeholder {${name}} refers to itself`);
    expanding.add(name);
    const source = `(?:${(values as string[]).map((v) => compilePhrase(v, expand)).join('|')})`;
    expanding.delete(name);
    expanded.set(name, source);
    return source;
  };

  const groups = json['groups'];
  if (!Array.isArray(groups) || groups.length === 0) throw new TypeError('risk phrases: "groups" must be a non-empty array');
  return groups.flatMap((group: unknown, g) => {
    const where = `risk phrases: groups[${g}]`;
    if (!isRecord(group)) throw new TypeError(`${where} must be an object`);
    const category = group['category'];
    if (!RISK_CATEGORIES.includes(category as RiskCategory)) throw new TypeError(`${where}.category must be one of ${RISK_CATEGORIES.join(', ')}`);
    const phrases = group['phrases'];
    if (!Array.isArray(phrases) || phrases.length === 0) throw new TypeError(`${where}.phrases must be a non-empty array`);
    return phrases.map((phrase: unknown, p) => {
      if (typeof phrase !== 'string') throw new TypeError(`${where}.phrases[${p}] must be a string`);
      try {
        return { category: category as RiskCategory, phrase, pattern: new RegExp(`\\b${compilePhrase(phrase.trim(), expand)}(?!\\w)`, 'gi') };
      } catch (e) {
        throw new TypeError(`${where}.phrases[${p}] "${phrase}": ${(e as Error).message}`);
      }
    });
  });
}

// require, not import: the workspace does not enable resolveJsonModule; the value is validated by loadRiskPhrases.
const defaultPhrasesJson: unknown = require('./data/risk-phrases.json');

export const DEFAULT_RISK_PHRASES: readonly RiskPhraseMatcher[] = Object.freeze(loadRiskPhrases(defaultPhrasesJson));

/** Flags text that mentions risk to a patient or others. Negations are not discounted (see the data file's notes). */
export function detectRisk(text: string, phrases: readonly RiskPhraseMatcher[] = DEFAULT_RISK_PHRASES): RiskDetection {
  const normalised = text.replace(/[\u2018\u2019\u02bc]/g, "'");
  const hits: { index: number; text: string; category: RiskCategory }[] = [];
  for (const { pattern, category } of phrases) {
    for (const m of normalised.matchAll(pattern)) hits.push({ index: m.index ?? 0, text: m[0].toLowerCase().replace(/\s+/g, ' '), category });
  }
  hits.sort((a, b) => a.index - b.index);
  const matched = [...new Set(hits.map((h) => h.text))];
  const categories = RISK_CATEGORIES.filter((c) => hits.some((h) => h.category === c));
  return { flag: matched.length > 0, matched, categories };
}
