import { maskPatientRefs, safeUrlForLogs } from './redact';

describe('log redaction', () => {
  it('drops query strings and masks patient refs in URLs', () => {
    expect(safeUrlForLogs('/api/patients/P-7QK2M9/brief?q=crash&token=abc')).toBe('/api/patients/P-***/brief');
    expect(safeUrlForLogs('/api/reports/exports/0b6c/download/abcDEF_123-x')).toBe('/api/reports/exports/0b6c/download/***');
  });

  it('masks patient refs in free text but leaves ticket references alone', () => {
    expect(maskPatientRefs('reset for P-AB12CD on ND-000001')).toBe('reset for P-*** on ND-000001');
  });
});
