import { findIdentifiers } from '@navdesk/contracts';
import { reasonColumns } from './reason-columns';

describe('reasonColumns', () => {
  it('keeps the reason as typed and masks every identifier in its twin', () => {
    const typed = 'Patient P-7QK2M9 (NHS 943 476 5919) finds the module too long, call 07700 900123';
    const { reason, reasonMasked } = reasonColumns(typed);
    expect(reason).toBe(typed);
    expect(reasonMasked).toContain('finds the module too long');
    expect(findIdentifiers(reasonMasked)).toEqual([]);
  });
});
