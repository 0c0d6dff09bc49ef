import { findIdentifiers } from '@navdesk/contracts';
import { safeUrlForLogs } from './redact';

describe('log redaction', () => {
  it('drops query strings and masks patient refs and download tokens in URLs', () => {
    expect(safeUrlForLogs('/api/patients/P-7QK2M9/brief?q=crash&token=abc')).toBe('/api/patients/[patient ref]/brief');
    expect(safeUrlForLogs('/api/reports/exports/0b6c/download/abcDEF_123-x')).toBe('/api/reports/exports/0b6c/download/***');
  });

  it('masks every identifier the detector knows, percent-encoded or not, and leaves ticket references and ids alone', () => {
    const logged = safeUrlForLogs('/api/lookup/jane.doe%40example.org/SW1A%201AA/P-7QK2M9/ND-000001/0b6c8a2e-1f0e-4c55-9a61-3f1d2c4b5a69');
    expect(logged).toBe('/api/lookup/[e-mail address]/[postcode]/[patient ref]/ND-000001/0b6c8a2e-1f0e-4c55-9a61-3f1d2c4b5a69');
    expect(findIdentifiers(logged)).toEqual([]);
  });

  it('logs nothing for no URL, keeps a malformed escape as it came and control characters escaped', () => {
    expect(safeUrlForLogs(undefined)).toBe('');
    expect(safeUrlForLogs('/api/tickets/%E0%A4%A')).toBe('/api/tickets/%E0%A4%A');
    // Decoded for masking, but a NUL or other control character stays escaped (audit rows store the path).
    expect(safeUrlForLogs('/api/patients/a%00b%0A/flags')).toBe('/api/patients/a%00b%0A/flags');
  });
});
