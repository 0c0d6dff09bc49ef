/** Narrowing helpers for data that arrives as `unknown` (JSON files now, database rows later). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Rejects keys a validator does not know, so a typo ("pattern" for "patterns") fails loudly instead of being ignored. */
export function unknownKeys(value: Record<string, unknown>, allowed: readonly string[]): string[] {
  return Object.keys(value).filter((k) => !allowed.includes(k));
}
