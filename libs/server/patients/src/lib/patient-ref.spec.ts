import { newPatientRef, PATIENT_REF_PATTERN } from './patient-ref';

describe('patient refs', () => {
  it('look like the programme’s pseudonymous refs', () => {
    for (let i = 0; i < 200; i++) expect(newPatientRef()).toMatch(PATIENT_REF_PATTERN);
  });

  it('never contain look-alike characters', () => {
    expect(newPatientRef(() => 0)).toBe('P-222222');
    expect(PATIENT_REF_PATTERN.test('P-7QK2M0')).toBe(false);
  });
});
