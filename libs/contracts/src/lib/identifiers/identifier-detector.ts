import { findDatesOfBirth } from './date-of-birth';
import {
  IDENTIFIER_PLACEHOLDERS,
  type IdentifierKind,
  type IdentifierMatch,
} from './identifier-kinds';
import {
  findEmails,
  findNhsNumbers,
  findPatientRefs,
  findPhones,
  findPostcodes,
} from './identifier-patterns';

export {
  describeIdentifier,
  IDENTIFIER_KINDS,
  IDENTIFIER_PLACEHOLDERS,
  identifierWarning,
  type IdentifierKind,
  type IdentifierMatch,
} from './identifier-kinds';
export { isValidNhsNumber } from './nhs-number';

/** When two finds overlap, the earlier kind here wins: the more specific shape is the better guess. */
const PRECEDENCE: readonly IdentifierKind[] = [
  'email',
  'patient_ref',
  'nhs_number',
  'date_of_birth',
  'phone',
  'postcode',
];
/** Masking again is a no-op after the first pass; the bound only guards against a pathological text. */
const MAX_MASK_PASSES = 4;

function overlaps(a: IdentifierMatch, b: IdentifierMatch): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Every identifier found, in order, non-overlapping (the more specific kind wins an overlap). */
export function findIdentifiers(
  text: string,
  now: Date = new Date(),
): IdentifierMatch[] {
  if (!text) return [];
  const candidates = [
    ...findEmails(text),
    ...findPatientRefs(text),
    ...findNhsNumbers(text),
    ...findDatesOfBirth(text, now),
    ...findPhones(text),
    ...findPostcodes(text),
  ].sort(
    (a, b) =>
      PRECEDENCE.indexOf(a.kind) - PRECEDENCE.indexOf(b.kind) ||
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start,
  );
  const kept: IdentifierMatch[] = [];
  for (const c of candidates)
    if (!kept.some((k) => overlaps(k, c))) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}

function maskOnce(text: string, matches: IdentifierMatch[]): string {
  let out = '';
  let at = 0;
  for (const m of matches) {
    out += text.slice(at, m.start) + IDENTIFIER_PLACEHOLDERS[m.kind];
    at = m.end;
  }
  return out + text.slice(at);
}

/**
 * The text with each identifier replaced by its placeholder, e.g. "[NHS number]". Masking repeats
 * until nothing is found, so a placeholder next to a near miss can never leave an identifier behind.
 */
export function maskIdentifiers(text: string, now: Date = new Date()): string {
  let masked = text;
  for (let pass = 0; pass < MAX_MASK_PASSES; pass++) {
    const matches = findIdentifiers(masked, now);
    if (matches.length === 0) return masked;
    masked = maskOnce(masked, matches);
  }
  return masked;
}
