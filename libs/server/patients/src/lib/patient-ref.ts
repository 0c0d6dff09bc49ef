import { randomInt } from 'node:crypto';

/** Letters and digits without look-alikes (no I, L, O, U, 0, 1), as programme refs use. */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
export const PATIENT_REF_PATTERN = /^P-[2-9A-HJKMNP-TV-Z]{6}$/;

export function newPatientRef(random: (max: number) => number = randomInt): string {
  let ref = 'P-';
  for (let i = 0; i < 6; i++) ref += ALPHABET[random(ALPHABET.length)];
  return ref;
}
