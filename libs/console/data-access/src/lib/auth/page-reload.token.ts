import { DOCUMENT, inject, InjectionToken } from '@angular/core';

/**
 * Replaces the page with a fresh load of `url` (an app path). A new document is the one sure way to
 * forget everything a session held in memory: views, caches, signals, open streams. `replace`
 * keeps the page being left out of the history. Tests provide a fake.
 */
export const RELOAD_PAGE = new InjectionToken<(url: string) => void>(
  'RELOAD_PAGE',
  {
    providedIn: 'root',
    factory: () => {
      const document = inject(DOCUMENT);
      return (url: string) => document.location.replace(url);
    },
  },
);
