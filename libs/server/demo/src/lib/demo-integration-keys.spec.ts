import { hashSecret } from '@navdesk/server/access';
import { DEMO_PROGRAMME_KEY_NAME, demoIntegrationKeyRows, demoProgrammeKey } from './demo-integration-keys';
import { DEMO_SERVICES } from './demo-people';

const PEPPER = 'demo-integration-keys-test-pepper-0123456789';

describe('demo integration keys', () => {
  it('gives each service a documented key: ndk_navdesk-demo-programme-<code lowercased>', () => {
    // ndk_: the access guard takes only secrets with that prefix as integration keys.
    expect(demoProgrammeKey('S1')).toBe('ndk_navdesk-demo-programme-s1');
    expect(new Set(DEMO_SERVICES.map((s) => demoProgrammeKey(s.code))).size).toBe(DEMO_SERVICES.length);
  });

  it('stores one named key per service as its keyed hash, never the key itself', () => {
    const services = DEMO_SERVICES.map((s, i) => ({ id: `00000000-0000-4000-8000-00000000000${i}`, code: s.code }));
    const rows = demoIntegrationKeyRows(services, PEPPER);
    expect(rows).toHaveLength(DEMO_SERVICES.length);
    for (const [i, row] of rows.entries()) {
      const key = demoProgrammeKey(services[i]?.code ?? '');
      expect(row).toMatchObject({ serviceId: services[i]?.id, name: DEMO_PROGRAMME_KEY_NAME, keyHash: hashSecret(key, PEPPER), createdById: null });
      expect(JSON.stringify(row)).not.toContain(key);
      expect(key.startsWith(row.keyPrefix)).toBe(true);
    }
  });
});
