/**
 * Text similarity for grouping repeated reports into one incident. The database does the search with
 * pg_trgm's similarity(); trigramSimilarity mirrors it for unit tests and as an in-memory fallback.
 */

/** Pseudonymous patient references (P-7QK2M9): different patients, same fault, must still look alike. */
const PATIENT_REF = /\bp-[a-z0-9]{4,10}\b/gi;

/** Lower-case, drop patient references and punctuation, collapse whitespace. Apply to both sides before comparing. */
export function normaliseForSimilarity(text: string): string {
  return text
    .toLowerCase()
    .replace(PATIENT_REF, ' ')
    .replace(/['\u2018\u2019\u02bc]/g, '') // "can't" → "cant", as people also type it
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * pg_trgm's trigram set: each run of letters/digits is lower-cased, padded with two spaces in front and one
 * behind, and cut into overlapping three-character pieces; duplicates are dropped.
 */
export function trigrams(text: string): Set<string> {
  const set = new Set<string>();
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    const chars = [...`  ${word} `];
    for (let i = 0; i + 3 <= chars.length; i++) set.add(chars.slice(i, i + 3).join(''));
  }
  return set;
}

/** pg_trgm similarity(): shared trigrams / all distinct trigrams of both; 0 when either side has none. */
export function trigramSimilarity(a: string, b: string): number {
  const ta = trigrams(a);
  const tb = trigrams(b);
  if (ta.size === 0 || tb.size === 0) return 0;
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return shared / (ta.size + tb.size - shared);
}

/** pg_trgm's default similarity threshold (pg_trgm.similarity_threshold), used for "looks like the same fault". */
export const DEFAULT_SIMILARITY_THRESHOLD = 0.3;
