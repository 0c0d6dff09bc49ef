import { NAVDESK_STORAGE_PREFIX } from './session.constants';

/** Removes every Navdesk key (and only those) from each storage. */
export function forgetNavdeskData(...storages: Storage[]): void {
  for (const storage of storages) {
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(NAVDESK_STORAGE_PREFIX)) {
        keys.push(key);
      }
    }
    keys.forEach((key) => storage.removeItem(key));
  }
}
