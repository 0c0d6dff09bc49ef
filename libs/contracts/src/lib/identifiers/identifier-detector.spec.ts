import fc from 'fast-check';

import {
  findIdentifiers,
  IDENTIFIER_KINDS,
  IDENTIFIER_PLACEHOLDERS,
  identifierWarning,
  type IdentifierKind,
  isValidNhsNumber,
  maskIdentifiers,
} from './identifier-detector';

/** A fixed "today", so session dates stay recent and dates of birth stay old. */
const NOW = new Date('2026-12-05T12:00:00Z');

/** [kind, identifier, sentence holding it once]: identifiers as PWPs actually type them. */
const IDENTIFIERS: [IdentifierKind, string, string][] = [
  ['patient_ref', 'P-7QK2M9', 'Patient P-7QK2M9 cannot log in'],
  ['patient_ref', 'p-7qk2m9', 'for p-7qk2m9, the app crashed'],
  ['patient_ref', 'P-ABCDEF', 'ref P-ABCDEF.'],
  ['patient_ref', 'P-23XYZW', '(P-23XYZW) reports no reminders'],
  ['nhs_number', '943 476 5919', 'NHS no 943 476 5919 on the letter'],
  ['nhs_number', '9434765919', 'her number is 9434765919.'],
  ['nhs_number', '943-476-5919', 'number 943-476-5919, please check'],
  ['nhs_number', '401 023 2137', 'patient 401 023 2137 missing modules'],
  ['nhs_number', '4857773457', '4857773457 cannot see module 3'],
  ['nhs_number', '450-557-7104', 'NHS: 450-557-7104'],
  ['nhs_number', '634 455 3219', 'client (634 455 3219) says'],
  ['nhs_number', '7000123451', 'id 7000123451 on the referral'],
  ['nhs_number', '6123456784', 'Scottish patient 6123456784 moved'],
  ['nhs_number', '9876543210', 'number:9876543210'],
  ['phone', '07700 900123', 'call her on 07700 900123 after lunch'],
  ['phone', '07700900123', 'mobile 07700900123'],
  ['phone', '+44 7700 900123', 'text +44 7700 900123 please'],
  ['phone', '+447700900123', 'his number +447700900123.'],
  ['phone', '0044 7700 900123', 'abroad: 0044 7700 900123'],
  ['phone', '+44 (0)20 7946 0958', 'rang +44 (0)20 7946 0958 twice'],
  ['phone', '(020) 7946 0958', 'landline (020) 7946 0958'],
  ['phone', '020 7946 0958', 'home 020 7946 0958, evenings'],
  ['phone', '0161 496 0000', 'work: 0161 496 0000'],
  ['phone', '0113-496-0000', 'tel 0113-496-0000'],
  ['phone', '0300 123 4567', 'she called 0300 123 4567'],
  ['phone', '01632 960001', 'try 01632 960001 too'],
  ['phone', '07700-900-123', 'or 07700-900-123'],
  ['email', 'jo.bloggs@example.com', 'e-mail jo.bloggs@example.com about it'],
  ['email', 'jane_doe+nav@nhs.net', '<jane_doe+nav@nhs.net>'],
  ['email', 'p.smith@trust.nhs.uk', 'reply to p.smith@trust.nhs.uk.'],
  ['email', 'A.Person99@mail.co.uk', 'from A.Person99@mail.co.uk'],
  ['postcode', 'SW1A 1AA', 'lives at SW1A 1AA'],
  ['postcode', 'M1 1AE', 'postcode M1 1AE, flat 2'],
  ['postcode', 'B33 8TH', 'B33 8TH area'],
  ['postcode', 'sw1a1aa', 'moved to sw1a1aa last month'],
  ['postcode', 'cr2 6xh', 'near cr2 6xh'],
  ['postcode', 'DN55 1PT', '(DN55 1PT)'],
  ['postcode', 'EC1A1BB', 'office EC1A1BB'],
  ['postcode', 'W1A 0AX', 'W1A 0AX.'],
  ['postcode', 'LS1 4AP', 'Leeds LS1 4AP'],
  ['date_of_birth', '12/03/1984', 'born 12/03/1984 in Leeds'],
  ['date_of_birth', '12-03-84', 'DOB 12-03-84'],
  ['date_of_birth', '12.03.1984', 'date of birth: 12.03.1984'],
  ['date_of_birth', '3 March 1984', 'birthday 3 March 1984'],
  ['date_of_birth', '1984-03-12', '1984-03-12 on the referral'],
  ['date_of_birth', '12/3/84', 'DOB 12/3/84'],
  ['date_of_birth', '01/02/2003', 'D.O.B. 01/02/2003'],
  ['date_of_birth', '5th June 1990', 'she was born on 5th June 1990'],
  ['date_of_birth', '12.3.84', 'd.o.b 12.3.84'],
  ['date_of_birth', 'March 3, 1984', 'DOB March 3, 1984'],
  ['date_of_birth', '14/12/2020', 'child born 14/12/2020'],
  ['date_of_birth', '30 Sept 1979', 'letter says 30 Sept 1979'],
  ['date_of_birth', '07/07/1955', '07/07/1955 (DOB)'],
];

/** Text that looks a little like an identifier and must be left alone. */
const NEAR_MISSES: string[] = [
  'Ticket ND-000123 is still open',
  'see ND-004567 and ND-004568',
  'Order 1234567890 never arrived',
  'order no. 07700900123',
  'Order #01234567801 was refunded',
  'app version 4.3.0 crashes',
  'updated to v12.1.3 yesterday',
  'version 2.10.15 of the app',
  'iOS 17.4.1 on an iPhone 15',
  'build 2024.11.3',
  'build 20241103 failed',
  'session at 10:30 on Tuesday',
  'call back after 14:00',
  'session on 14/12/2026',
  'no logins since 01/11/2026',
  'next session 2027-01-15',
  'tried three times since 2 March 2026',
  'assigned module m03-thoughts-and-feelings',
  'id 550e8400-e29b-41d4-a716-446655440000',
  'costs £12.50 a month',
  'a refund of £1,250.00',
  'completion up 45% and 12.5% drop-outs',
  'mood 7/10, score 12/03',
  '3 of 5 modules done, page 2 of 3',
  'reference 123456789 (nine digits)',
  '12345678901 is too long',
  '07700 90012 is one digit short',
  'error code 0x80070005',
  'HTTP 404 on the home page',
  'P-value was 0.05',
  'room B2 on floor 3',
  'room B12 3rd floor',
  'the 2026-12-01 release notes',
  'week 48, sprint 12',
];

describe('findIdentifiers', () => {
  it.each(IDENTIFIERS)('finds the %s %s', (kind, value, sentence) => {
    const start = sentence.indexOf(value);
    expect(findIdentifiers(sentence, NOW)).toEqual([
      { kind, start, end: start + value.length },
    ]);
  });

  it.each(NEAR_MISSES)('leaves alone: %s', (text) => {
    expect(findIdentifiers(text, NOW)).toEqual([]);
  });

  it('holds at least 40 identifiers and 25 near misses, every kind among them', () => {
    expect(IDENTIFIERS.length).toBeGreaterThanOrEqual(40);
    expect(NEAR_MISSES.length).toBeGreaterThanOrEqual(25);
    expect(new Set(IDENTIFIERS.map(([kind]) => kind))).toEqual(
      new Set(IDENTIFIER_KINDS),
    );
  });

  it('takes ten digits as an NHS number only when the modulus-11 check passes', () => {
    expect(isValidNhsNumber('9434765919')).toBe(true);
    expect(isValidNhsNumber('9434765918')).toBe(false);
    // 1000000010: the check digit would be 10, so no number with these nine digits is valid.
    expect(
      [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].some((d) =>
        isValidNhsNumber(`100000001${d}`),
      ),
    ).toBe(false);
    expect(findIdentifiers('patient 943 476 5918', NOW)).toEqual([]);
  });

  it('lets the NHS number win over a phone number with the same digits', () => {
    // 0123456789 is a valid NHS number and also reads as a 10-digit 01 landline.
    expect(findIdentifiers('call 0123456789', NOW)).toEqual([
      { kind: 'nhs_number', start: 5, end: 15 },
    ]);
    expect(findIdentifiers('call 0123456788', NOW)).toEqual([
      { kind: 'phone', start: 5, end: 15 },
    ]);
  });

  it('needs a cue for a recent date and never takes a future one', () => {
    expect(findIdentifiers('seen 01/11/2020', NOW)).toEqual([]);
    expect(findIdentifiers('born 01/11/2020', NOW)).toEqual([
      { kind: 'date_of_birth', start: 5, end: 15 },
    ]);
    expect(findIdentifiers('DOB 01/11/2027', NOW)).toEqual([]);
    expect(findIdentifiers('first seen 01/11/1999', NOW)).toEqual([
      { kind: 'date_of_birth', start: 11, end: 21 },
    ]);
  });

  it('uses today when no date is given', () => {
    expect(findIdentifiers('DOB 12/03/1984')).toEqual([
      { kind: 'date_of_birth', start: 4, end: 14 },
    ]);
  });
});

describe('maskIdentifiers', () => {
  it('replaces each identifier with its placeholder and keeps the rest', () => {
    const text =
      'P-7QK2M9 (NHS 943 476 5919, DOB 12/03/1984) rang from 07700 900123, e-mail jo@example.com, lives at SW1A 1AA. Ticket ND-000123, app 4.3.0.';
    const found = findIdentifiers(text, NOW);
    expect(found.map((m) => [m.kind, text.slice(m.start, m.end)])).toEqual([
      ['patient_ref', 'P-7QK2M9'],
      ['nhs_number', '943 476 5919'],
      ['date_of_birth', '12/03/1984'],
      ['phone', '07700 900123'],
      ['email', 'jo@example.com'],
      ['postcode', 'SW1A 1AA'],
    ]);
    expect(maskIdentifiers(text, NOW)).toBe(
      '[patient ref] (NHS [NHS number], DOB [date of birth]) rang from [phone number], e-mail [e-mail address], lives at [postcode]. Ticket ND-000123, app 4.3.0.',
    );
  });

  it('keeps offsets right across lines and repeated identifiers', () => {
    const text = 'a\n9434765919\nb 9434765919';
    expect(findIdentifiers(text, NOW)).toEqual([
      { kind: 'nhs_number', start: 2, end: 12 },
      { kind: 'nhs_number', start: 15, end: 25 },
    ]);
    expect(maskIdentifiers(text, NOW)).toBe('a\n[NHS number]\nb [NHS number]');
  });

  it('masks an overlap once, as the more specific kind', () => {
    expect(maskIdentifiers('write to P-7QK2M9@example.com', NOW)).toBe(
      'write to [e-mail address]',
    );
    expect(maskIdentifiers('ring 0161249604', NOW)).toBe('ring [NHS number]');
  });

  it('leaves text without identifiers untouched', () => {
    expect(maskIdentifiers('', NOW)).toBe('');
    expect(
      maskIdentifiers('The app crashes on module 3 since 4.3.0', NOW),
    ).toBe('The app crashes on module 3 since 4.3.0');
  });

  it('has a placeholder and a warning for every kind', () => {
    for (const kind of IDENTIFIER_KINDS) {
      expect(IDENTIFIER_PLACEHOLDERS[kind]).toMatch(/^\[[a-zA-Z -]+\]$/);
      expect(identifierWarning(kind)).toMatch(
        /^This looks like an? .+: use the patient field, not the text\.$/,
      );
    }
    expect(identifierWarning('nhs_number')).toBe(
      'This looks like an NHS number: use the patient field, not the text.',
    );
  });

  describe('properties', () => {
    const fragment = fc.oneof(
      fc.constantFrom(...IDENTIFIERS.map(([, value]) => value), ...NEAR_MISSES),
      fc.constantFrom(
        ' ',
        '-',
        '.',
        '/',
        ':',
        '@',
        '+',
        '(',
        ')',
        '\n',
        'DOB ',
        'born ',
        '0',
        '44',
        '7',
        'P-',
        'A',
      ),
      fc.string({ maxLength: 6 }),
      fc.stringMatching(/^[0-9 ]{1,12}$/),
    );
    const freeText = fc
      .array(fragment, { maxLength: 12 })
      .map((parts) => parts.join(''));

    it('leaves nothing a second look would find', () => {
      fc.assert(
        fc.property(freeText, (text) => {
          expect(findIdentifiers(maskIdentifiers(text, NOW), NOW)).toEqual([]);
        }),
        { numRuns: 500 },
      );
    });

    it('is idempotent', () => {
      fc.assert(
        fc.property(freeText, (text) => {
          const once = maskIdentifiers(text, NOW);
          expect(maskIdentifiers(once, NOW)).toBe(once);
        }),
        { numRuns: 500 },
      );
    });

    it('returns ordered, non-overlapping matches within the text', () => {
      fc.assert(
        fc.property(freeText, (text) => {
          const found = findIdentifiers(text, NOW);
          found.forEach((m, i) => {
            expect(m.start).toBeLessThan(m.end);
            expect(m.end).toBeLessThanOrEqual(text.length);
            if (i > 0) expect(found[i - 1].end).toBeLessThanOrEqual(m.start);
          });
        }),
        { numRuns: 300 },
      );
    });
  });
});
