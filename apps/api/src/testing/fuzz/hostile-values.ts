import fc from 'fast-check';

/** Strings that have each reached Postgres as a bad cast, or a parser as a surprise. */
export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  '-'.repeat(36),
  '3f2a7c1e-0b4d-4e8a-9c6f-1d2e3f4a5b6g',
  '00000000-0000-0000-0000-000000000000',
  '{3f2a7c1e-0b4d-4e8a-9c6f-1d2e3f4a5b6c}',
  '2026-02-30',
  '2026-02-30T10:00:00Z',
  '0000-01-01T00:00:00Z',
  '+275760-09-13T00:00:00.000Z',
  '2026-13-45T25:61:61Z',
  'infinity',
  '-infinity',
  'NaN',
  '1e999',
  '-1',
  '9'.repeat(40),
  'a\u0000b',
  "'; DROP TABLE users; --",
  '%',
  '%E0%A4%A',
  '../../etc/passwd',
  'null',
  'true',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  '\ud800',
  'P-7QK2M9',
  'p-aaaaaa',
  '🙂'.repeat(20),
  'x'.repeat(5000),
];

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.uuid().map((u) => u.toUpperCase()) },
);

const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, -1, 1.5, -0, 2 ** 31, 2 ** 53 + 1, 1e308, -1e308, Number.MAX_SAFE_INTEGER),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Any JSON value of the wrong kind: numbers, booleans, null, lists and objects, including proto keys. */
export const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 2, arbitrary: hostileNumber },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(null, true, false, [], {}, [null], { __proto__: { admin: true } }, { constructor: { prototype: 1 } }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

/** Look-alikes of a cursor value of the same JSON type, and values of the wrong type. */
export function cursorValueLookAlike(value: unknown): fc.Arbitrary<unknown> {
  const wrongType = fc.constantFrom<unknown>(null, true, {}, [], [1], 1, 'x');
  if (typeof value === 'number') return fc.oneof(hostileNumber, wrongType);
  const shifted = typeof value === 'string' && Number.isFinite(Date.parse(value)) ? fc.integer({ min: -1e12, max: 1e12 }).map((d) => new Date(Math.max(-8.64e15, Math.min(8.64e15, Date.parse(value) + d))).toISOString()) : hostileString;
  return fc.oneof(hostileString, shifted, wrongType);
}

function decodeKey(cursor: string): unknown[] | null {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return Array.isArray(key) ? key : null;
  } catch {
    return null;
  }
}

const encode = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * Cursors forged from a real `nextCursor`: one value swapped for a same-type look-alike or a wrong type,
 * the arity changed, or no cursor at all (garbage, JSON that is not a list).
 */
export function forgedCursor(real: string): fc.Arbitrary<string> {
  const key = decodeKey(real) ?? [];
  const swapped: fc.Arbitrary<string> = key.length
    ? fc.nat({ max: key.length - 1 }).chain((i) => cursorValueLookAlike(key[i]).map((v) => encode(key.map((k, j) => (j === i ? v : k)))))
    : fc.constant(real);
  return fc.oneof(
    { weight: 6, arbitrary: swapped },
    { weight: 1, arbitrary: fc.constantFrom(encode(key.slice(1)), encode([...key, key[0] ?? 'x']), encode({ key }), encode(null), 'not-a-cursor', '%%%', real.slice(0, -2), `${real}A`) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 40 }).map((b) => Buffer.from(b).toString('base64url')) },
  );
}
