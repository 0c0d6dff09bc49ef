import { AccountsStore } from './accounts.store';

describe('AccountsStore', () => {
  it('gives every well-formed ref the same account each time', () => {
    const a = new AccountsStore();
    const b = new AccountsStore();
    const now = new Date('2026-11-26T10:00:00Z');
    expect(a.get('P-7QK2M9', now)).toEqual(b.get('P-7QK2M9', now));
    expect(a.view('P-7QK2M9').notificationSettings).toEqual({ reminderFrequency: 'daily', quietHours: null });
  });

  it('sends one reset per request id', () => {
    const store = new AccountsStore();
    expect(store.reset('P-7QK2M9', 'reset-0001', 'email').duplicate).toBe(false);
    expect(store.reset('P-7QK2M9', 'reset-0001', 'email').duplicate).toBe(true);
    expect(store.resetsOf('P-7QK2M9')).toHaveLength(1);
  });

  it('unlocks and stamps the account when the patient logs in', () => {
    const store = new AccountsStore();
    const now = new Date('2026-11-26T12:00:00Z');
    const after = store.login('P-7QK2M9', now);
    expect(after).toMatchObject({ status: 'active', lastLoginAt: now.toISOString() });
  });
});
