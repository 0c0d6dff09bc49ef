import { RE2JS, RE2JSException, RE2Set } from 're2js';

/**
 * Triage patterns are edited by admins, so they run on RE2 (re2js): matching takes time linear in the
 * text whatever the pattern, so no pattern can backtrack catastrophically. RE2 refuses what would need
 * backtracking (back-references, look-arounds), and those fail validation as invalid regexes.
 */

/** Longest pattern source accepted; the shipped ones are under 80 characters. */
export const MAX_PATTERN_LENGTH = 200;

/** The source as triage runs it: whole words, case-insensitive (the flag is set on the set). */
const wholeWords = (source: string): string => `\\b(?:${source})\\b`;

/** What is wrong with one pattern source, or null when it is usable. */
export function patternProblem(source: string): string | null {
  if (source.length > MAX_PATTERN_LENGTH)
    return `is longer than ${MAX_PATTERN_LENGTH} characters`;
  let alone: RE2JS;
  try {
    // Alone first, unwrapped: a source such as `a)|(b` would otherwise escape the whole-word wrapper.
    alone = RE2JS.compile(source, RE2JS.CASE_INSENSITIVE);
    RE2JS.compile(wholeWords(source), RE2JS.CASE_INSENSITIVE);
  } catch (e) {
    return `is not a valid regex: ${e instanceof RE2JSException ? e.message : String(e)}`;
  }
  if (alone.matches(''))
    return 'matches empty text, so it would match every ticket';
  return null;
}

/**
 * Every pattern of a rule set compiled into one RE2 set: one pass over a ticket's text says which
 * patterns occur in it. Sources must have passed `patternProblem`.
 */
export class PatternSet {
  readonly #set: RE2Set;

  constructor(sources: readonly string[]) {
    this.#set = new RE2Set(RE2Set.UNANCHORED, RE2JS.CASE_INSENSITIVE);
    for (const source of sources) this.#set.add(wholeWords(source));
    this.#set.compile();
  }

  /** Indices (into the constructor's `sources`) of the patterns found in `text`. */
  matches(text: string): readonly number[] {
    return this.#set.match(text);
  }
}

/** Why a whole set cannot be compiled (too large for RE2), or null. */
export function patternSetProblem(sources: readonly string[]): string | null {
  try {
    new PatternSet(sources);
    return null;
  } catch (e) {
    return e instanceof RE2JSException
      ? `cannot be compiled together: ${e.message}`
      : String(e);
  }
}
