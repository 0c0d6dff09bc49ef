import type { IdentifierKind, IdentifierMatch } from './identifier-kinds';
import { isValidNhsNumber } from './nhs-number';

/**
 * Boundaries shared by the numeric kinds: not glued to a word or to a longer number
 * (decimals, versions 4.3.0, uuids, times 10:30, prices £…).
 */
const NUM_BEFORE = '(?<![\\w+£$€])(?<!\\d[ .,:/-])';
const NUM_AFTER = '(?![\\w%])(?![.,:/-]\\d)';

const PATIENT_REF = /(?<![\w-])P-[2-9A-HJKMNP-TV-Z]{6}(?![\w])(?!-\w)/gi;
const NHS_PLAIN = new RegExp(`${NUM_BEFORE}\\d{10}${NUM_AFTER}`, 'g');
const NHS_GROUPED = new RegExp(
  `${NUM_BEFORE}\\d{3}([ -])\\d{3}\\1\\d{4}${NUM_AFTER}(?! \\d)`,
  'g',
);
/** +44 (0)20 7946 0958, 0044 7700 900123, (020) 7946 0958, 07700-900-123 */
const PHONE = new RegExp(
  `${NUM_BEFORE}(?:(?:\\+|00)44[ -]?(?:\\(0\\)[ -]?)?\\(?|\\(?0)[1237](?:[ -]?\\)?[ -]?\\d){8,9}${NUM_AFTER}`,
  'g',
);
/** Numbers after these words are orders, builds or versions, not phone numbers. */
const NOT_A_PHONE_BEFORE =
  /\b(?:order|invoice|build|version|ver|ref(?:erence)?|transaction|tracking)\.?\s*(?:no\.?|number)?\s*[:#]?\s*$/i;
/** The whole run of local-part characters, so no tail of an address is left behind. */
const EMAIL =
  /(?<![\w.%+-])[\w.%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![A-Za-z0-9])/g;
/** The Royal Mail shapes: A9 9AA, A99 9AA, A9A 9AA, AA9 9AA, AA99 9AA, AA9A 9AA (space optional). */
const POSTCODE =
  /(?<![A-Za-z0-9])(?<![A-Za-z0-9]-)(?:GIR ?0AA|(?:[A-PR-UWYZ]\d[\dA-HJKPSTUW]?|[A-PR-UWYZ][A-HK-Y]\d[\dABEHMNPRV-Y]?) ?\d[ABD-HJLNP-UW-Z]{2})(?![A-Za-z0-9])(?!-[A-Za-z0-9])/gi;

function digitsOf(s: string): string {
  return s.replace(/\D/g, '');
}

function isUkPhone(raw: string): boolean {
  let national = digitsOf(raw);
  if (/^\s*(?:\+|00)44/.test(raw))
    national = national.replace(/^(?:00)?44/, '');
  national = national.replace(/^0/, '');
  if (national.length === 10) return /^[1237]/.test(national);
  return national.length === 9 && national.startsWith('1');
}

function collect(
  text: string,
  pattern: RegExp,
  kind: IdentifierKind,
  keep: (raw: string, start: number) => boolean,
): IdentifierMatch[] {
  const found: IdentifierMatch[] = [];
  for (const m of text.matchAll(pattern)) {
    const start = m.index ?? 0;
    if (keep(m[0], start))
      found.push({ kind, start, end: start + m[0].length });
  }
  return found;
}

const always = (): boolean => true;

export function findPatientRefs(text: string): IdentifierMatch[] {
  return collect(text, PATIENT_REF, 'patient_ref', always);
}

export function findNhsNumbers(text: string): IdentifierMatch[] {
  const valid = (raw: string): boolean => isValidNhsNumber(digitsOf(raw));
  return [
    ...collect(text, NHS_PLAIN, 'nhs_number', valid),
    ...collect(text, NHS_GROUPED, 'nhs_number', valid),
  ];
}

export function findPhones(text: string): IdentifierMatch[] {
  return collect(
    text,
    PHONE,
    'phone',
    (raw, start) =>
      isUkPhone(raw) &&
      !NOT_A_PHONE_BEFORE.test(text.slice(Math.max(0, start - 20), start)),
  );
}

export function findEmails(text: string): IdentifierMatch[] {
  return collect(text, EMAIL, 'email', always);
}

/** "B12 3rd floor": a lower-case ordinal after an upper-case code is prose, not a postcode ("B33 8TH" is). */
function isProseOrdinal(raw: string): boolean {
  return /\d(?:st|nd|rd|th)$/.test(raw) && /[A-Z]/.test(raw);
}

export function findPostcodes(text: string): IdentifierMatch[] {
  return collect(text, POSTCODE, 'postcode', (raw) => !isProseOrdinal(raw));
}
