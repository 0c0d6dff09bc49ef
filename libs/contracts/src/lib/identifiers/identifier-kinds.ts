/** The kinds of patient identifier that must not travel in free text. */
export const IDENTIFIER_KINDS = [
  'patient_ref',
  'nhs_number',
  'phone',
  'email',
  'postcode',
  'date_of_birth',
] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

/** A found identifier: `[start, end)` offsets in the text. */
export interface IdentifierMatch {
  kind: IdentifierKind;
  start: number;
  end: number;
}

/** What replaces each identifier in masked text. No digits, so a placeholder never looks like an identifier. */
export const IDENTIFIER_PLACEHOLDERS: Record<IdentifierKind, string> = {
  patient_ref: '[patient ref]',
  nhs_number: '[NHS number]',
  phone: '[phone number]',
  email: '[e-mail address]',
  postcode: '[postcode]',
  date_of_birth: '[date of birth]',
};

const IDENTIFIER_NOUNS: Record<IdentifierKind, string> = {
  patient_ref: 'a patient ref',
  nhs_number: 'an NHS number',
  phone: 'a phone number',
  email: 'an e-mail address',
  postcode: 'a postcode',
  date_of_birth: 'a date of birth',
};

/** "an NHS number", "a postcode": for sentences about a found identifier. */
export function describeIdentifier(kind: IdentifierKind): string {
  return IDENTIFIER_NOUNS[kind];
}

/** Plain-English warning for the raise form, e.g. "This looks like an NHS number: use the patient field, not the text." */
export function identifierWarning(kind: IdentifierKind): string {
  return `This looks like ${describeIdentifier(kind)}: use the patient field, not the text.`;
}
