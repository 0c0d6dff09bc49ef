import type { z } from 'zod';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@navdesk/contracts';
import { COMMON_PASSWORDS_TEXT } from './common-passwords.data';

const TOO_COMMON = 'is too common; choose a longer phrase of unrelated words';

let common: ReadonlySet<string> | null = null;

/** The shipped list, built on first use (about 10,000 lower-cased entries). */
function commonPasswords(): ReadonlySet<string> {
  common ??= new Set(COMMON_PASSWORDS_TEXT.split('\n').filter((line) => line.length > 0));
  return common;
}

/** Whether the password is on the shipped list of common ones (compared case-insensitively). */
function isCommon(password: string): boolean {
  return commonPasswords().has(password.trim().toLowerCase());
}

/**
 * NCSC guidance: length over complexity, no composition rules, and no password from a list of
 * common ones (compared case-insensitively). Returns what is wrong, or null when it is acceptable.
 */
export function passwordProblem(password: string): string | null {
  // Counted in characters as a person sees them, not UTF-16 units.
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return `must be at least ${PASSWORD_MIN_LENGTH} characters`;
  if (length > PASSWORD_MAX_LENGTH) return `must be at most ${PASSWORD_MAX_LENGTH} characters`;
  if (isCommon(password)) return TOO_COMMON;
  return null;
}

/**
 * A new-password field of the contract (`newPassword()`: its length, in characters) that also refuses common
 * passwords: the list stays on the server, out of the contract. A 400 names the field (`newPassword is too common; …`).
 */
export function acceptablePassword(contractField: z.ZodString): z.ZodString {
  return contractField.refine((value) => !isCommon(value), { error: TOO_COMMON });
}
