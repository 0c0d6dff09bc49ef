import { InjectionToken } from '@angular/core';

/** The browser's sessionStorage; tests provide an in-memory `Storage`. */
export const SESSION_STORAGE = new InjectionToken<Storage>('SESSION_STORAGE', {
  providedIn: 'root',
  factory: () => sessionStorage,
});

/** The browser's localStorage, only so sign-out can clear Navdesk's keys from it too; tests provide an in-memory `Storage`. */
export const LOCAL_STORAGE = new InjectionToken<Storage>('LOCAL_STORAGE', {
  providedIn: 'root',
  factory: () => localStorage,
});
