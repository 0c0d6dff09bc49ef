import type { z } from 'zod';
import type { ApiErrorDetail } from '@navdesk/contracts';

type RawIssue = z.core.$ZodRawIssue;

const UNITS: Record<string, [string, string]> = { string: ['character', 'characters'], array: ['item', 'items'], set: ['item', 'items'] };

function bound(origin: string | undefined, limit: unknown): string {
  const unit = UNITS[origin ?? ''];
  if (!unit) return String(limit);
  return `${String(limit)} ${Number(limit) === 1 ? unit[0] : unit[1]}`;
}

const FORMATS: Record<string, string> = {
  uuid: 'must be a UUID',
  guid: 'must be a UUID',
  email: 'must be an email address',
  url: 'must be a URL',
  datetime: 'must be an ISO 8601 date-time with its offset, such as 2026-09-10T09:30:00Z',
  date: 'must be a date, YYYY-MM-DD',
  time: 'must be a time, HH:MM',
};

/**
 * What a rule asks of a field, as a predicate in the contract's words (`must be at least 3 characters`); the
 * field's name goes in front (`issuesToDetails`). A schema's own `{ error }` is written the same way and wins.
 */
export function describeIssue(issue: RawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      if (issue.expected === 'number' || issue.expected === 'int') return issue.expected === 'int' ? 'must be a whole number' : 'must be a number';
      return `must be ${issue.expected === 'array' || issue.expected === 'object' ? 'an' : 'a'} ${issue.expected}`;
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return 'must not be empty';
      return `must be at least ${bound(issue.origin, issue.minimum)}`;
    case 'too_big':
      return `must be at most ${bound(issue.origin, issue.maximum)}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map(String).join(', ')}`;
    case 'invalid_format':
      return FORMATS[issue.format] ?? (issue.format === 'regex' ? 'is not in the expected form' : `must be a valid ${issue.format}`);
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    case 'unrecognized_keys':
      return 'is not allowed';
    default:
      return 'is not valid';
  }
}

/** A dotted path (`sessions.0.startsAt`) under the argument's own name for a route parameter. */
function fieldOf(path: readonly PropertyKey[], root: string): string {
  const parts = path.map(String);
  return parts.length ? parts.join('.') : root;
}

/** Zod's issues as the contract's `{field, message}`; an unknown key is named itself. */
export function issuesToDetails(issues: readonly z.core.$ZodIssue[], root: string): ApiErrorDetail[] {
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const field = fieldOf([...issue.path, key], root);
        return { field, message: `${field} is not allowed` };
      });
    }
    const field = fieldOf(issue.path, root);
    return [{ field, message: `${field} ${issue.message}` }];
  });
}
