import { DOCUMENT, inject, InjectionToken } from '@angular/core';

/**
 * Leaves the console for a server page (`url`, same origin), keeping the console in the history so
 * Back returns to it. Tests provide a fake.
 */
export const OPEN_FULL_PAGE = new InjectionToken<(url: string) => void>(
  'OPEN_FULL_PAGE',
  {
    providedIn: 'root',
    factory: () => {
      const document = inject(DOCUMENT);
      return (url: string) => document.location.assign(url);
    },
  },
);
