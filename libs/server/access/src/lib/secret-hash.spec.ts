import { hashSecret, newSecret } from './secret-hash';

describe('secrets', () => {
  it('makes long random secrets with a readable prefix', () => {
    const a = newSecret('nds_');
    expect(a).toMatch(/^nds_[A-Za-z0-9_-]{43}$/);
    expect(newSecret('nds_')).not.toBe(a);
  });

  it('hashes under the pepper: same secret and pepper, same hash; another pepper, another hash', () => {
    expect(hashSecret('s', 'p'.repeat(32))).toBe(hashSecret('s', 'p'.repeat(32)));
    expect(hashSecret('s', 'p'.repeat(32))).not.toBe(hashSecret('s', 'q'.repeat(32)));
    expect(hashSecret('s', 'p'.repeat(32))).not.toContain('s');
  });
});
