import { InjectionToken } from '@angular/core';

/** Makes client-side ids (idempotency keys, draft ids); tests provide a predictable one. */
export const ID_FACTORY = new InjectionToken<() => string>('ID_FACTORY', {
  providedIn: 'root',
  factory: () => () => crypto.randomUUID(),
});
