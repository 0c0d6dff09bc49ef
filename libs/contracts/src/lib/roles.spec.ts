import { isRole, ROLE_LABELS, ROLES } from './roles';

describe('roles', () => {
  it('knows the four roles of the contract, each with a label', () => {
    expect(ROLES).toEqual(['pwp', 'navigator', 'manager', 'admin']);
    expect(ROLES.every((r) => ROLE_LABELS[r].length > 0)).toBe(true);
  });

  it('recognises only those roles', () => {
    expect(isRole('navigator')).toBe(true);
    expect(isRole('Navigator')).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });
});
