import { computed, DestroyRef, inject, Signal, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ServicesApi, SessionStore } from '@navdesk/console/data-access';

export interface ServiceOption {
  id: string;
  name: string;
}

/**
 * The signed-in navigator's services, by name once the names are loaded (call in an injection
 * context). Forms ask which service only when there is more than one.
 */
export function injectMyServices(): Signal<ServiceOption[]> {
  const session = inject(SessionStore);
  const names = signal<ReadonlyMap<string, string>>(new Map());
  const ids = session.user()?.serviceIds ?? [];
  if (ids.length > 1) {
    inject(ServicesApi)
      .listForPicker()
      .pipe(takeUntilDestroyed(inject(DestroyRef)))
      .subscribe({
        next: (page) =>
          names.set(new Map(page.items.map((s) => [s.id, s.name]))),
        error: () => undefined,
      });
  }
  return computed(() =>
    (session.user()?.serviceIds ?? []).map((id, i) => ({
      id,
      name: names().get(id) ?? `Service ${i + 1}`,
    })),
  );
}
