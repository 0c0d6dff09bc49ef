import { ValidateBy, type ValidationOptions } from 'class-validator';
import { PASSWORD_MIN_LENGTH } from '@navdesk/contracts';
import { COMMON_PASSWORDS_TEXT } from './common-passwords.data';

/** Longest password accepted: argon2 hashes anything, but a megabyte of password is an attack. */
export const PASSWORD_MAX_LENGTH = 1024;

let common: ReadonlySet<string> | null = null;

/** The shipped list, built on first use (about 10,000 lower-cased entries). */
function commonPasswords(): ReadonlySet<string> {
  common ??= new Set(COMMON_PASSWORDS_TEXT.split('\n').filter((line) => line.length > 0));
  return common;
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
  if (commonPasswords().has(password.trim().toLowerCase())) return 'is too common; choose a longer phrase of unrelated words';
  return null;
}

/** class-validator rule for a new password field; the 400 names the property. */
export function IsAcceptablePassword(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isAcceptablePassword',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && passwordProblem(value) === null,
        defaultMessage: (args) => {
          const value: unknown = args?.value;
          const problem = typeof value === 'string' ? passwordProblem(value) : 'must be a string';
          return `${args?.property ?? 'password'} ${problem ?? 'is not acceptable'}`;
        },
      },
    },
    options,
  );
}
