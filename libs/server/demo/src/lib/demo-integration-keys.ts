import type { EntityManager } from 'typeorm';
import { IntegrationKeyEntity, hashSecret, type ServiceEntity } from '@navdesk/server/access';

export const DEMO_PROGRAMME_KEY_NAME = 'Digital programme (demo)';

/**
 * The demo's integration key for a service's digital programme feed: deterministic and documented
 * (README, "The programme simulator"), so `npm start` can point the simulator at Navdesk without an
 * admin creating a key first. tools/scripts/stack.mjs uses the same formula. It starts `ndk_` like
 * every integration key (the access guard reads only those as keys). Demo data only: the seeder that
 * stores these refuses production.
 */
export function demoProgrammeKey(serviceCode: string): string {
  return `ndk_navdesk-demo-programme-${serviceCode.toLowerCase()}`;
}

type DemoKeyRow = Pick<IntegrationKeyEntity, 'serviceId' | 'name' | 'keyPrefix' | 'keyHash' | 'createdById'>;

/** One key per service, stored as real keys are: the keyed hash and a short prefix, never the key. */
export function demoIntegrationKeyRows(services: Pick<ServiceEntity, 'id' | 'code'>[], pepper: string): DemoKeyRow[] {
  return services.map((s) => {
    const key = demoProgrammeKey(s.code);
    return { serviceId: s.id, name: DEMO_PROGRAMME_KEY_NAME, keyPrefix: key.slice(0, 12), keyHash: hashSecret(key, pepper), createdById: null };
  });
}

export async function seedDemoIntegrationKeys(manager: EntityManager, services: Pick<ServiceEntity, 'id' | 'code'>[], pepper: string): Promise<number> {
  const rows = demoIntegrationKeyRows(services, pepper);
  await manager.insert(IntegrationKeyEntity, rows);
  return rows.length;
}
