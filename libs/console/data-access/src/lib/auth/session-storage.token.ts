import { InjectionToken } from '@angular/core';

/** The browser's sessionStorage; tests provide an in-memory `Storage`. */
export const SESSION_STORAGE = new InjectionToken<Storage>('SESSION_STORAGE', {
  providedIn: 'root',
  factory: () => sessionStorage,
});
