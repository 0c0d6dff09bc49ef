import { HttpStatus } from '@nestjs/common';

/**
 * Postgres' answers that mean "the client's value was wrong", as a safety net behind the DTO checks:
 * invalid text representation, bad datetime format, datetime or numeric out of range, and their kin
 * (a string too long, a NUL byte or a character the encoding cannot hold).
 */
const INVALID_INPUT_CODES: ReadonlySet<string> = new Set(['22P02', '22007', '22008', '22003', '22001', '22021', '22P05']);
const UNIQUE_VIOLATION = '23505';
/** Deadlock and serialization failure: two transactions met; nothing was written, the same request may simply be sent again. */
const TRANSIENT_CODES: ReadonlySet<string> = new Set(['40P01', '40001']);

/** True for a Postgres error that a retry of the whole transaction may not meet again (a deadlock, a serialization failure). */
export function isTransientPostgresError(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const f = pgFields(e);
  return typeof f.code === 'string' && typeof f.severity === 'string' && TRANSIENT_CODES.has(f.code);
}

export interface PostgresInputError {
  status: HttpStatus.BAD_REQUEST | HttpStatus.CONFLICT | HttpStatus.SERVICE_UNAVAILABLE;
  code: string;
  /** Names only (constraint, table, column): never the offending value, which may be patient data. */
  where: string;
}

function pgFields(e: object): { code?: unknown; constraint?: unknown; table?: unknown; column?: unknown; severity?: unknown } {
  // TypeORM's QueryFailedError copies the driver's fields and also keeps them under driverError.
  const driver = (e as { driverError?: unknown }).driverError;
  return typeof driver === 'object' && driver !== null ? driver : e;
}

/**
 * Classifies a Postgres error raised by a client's value (400, 409), or by two transactions meeting (503,
 * to be sent again); null for anything else (a bug stays a 500).
 */
export function classifyPostgresError(e: unknown): PostgresInputError | null {
  if (typeof e !== 'object' || e === null) return null;
  const f = pgFields(e);
  if (typeof f.code !== 'string' || typeof f.severity !== 'string') return null;
  const where = [f.table, f.column, f.constraint].filter((x): x is string => typeof x === 'string' && x.length > 0).join('.') || 'unknown';
  if (INVALID_INPUT_CODES.has(f.code)) return { status: HttpStatus.BAD_REQUEST, code: f.code, where };
  if (f.code === UNIQUE_VIOLATION) return { status: HttpStatus.CONFLICT, code: f.code, where };
  if (TRANSIENT_CODES.has(f.code)) return { status: HttpStatus.SERVICE_UNAVAILABLE, code: f.code, where };
  return null;
}
