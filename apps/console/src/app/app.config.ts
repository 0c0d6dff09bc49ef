import { registerLocaleData } from '@angular/common';
import {
  provideHttpClient,
  withInterceptors,
  withXhr,
} from '@angular/common/http';
import localeEnGb from '@angular/common/locales/en-GB';
import {
  ApplicationConfig,
  inject,
  LOCALE_ID,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import {
  provideRouter,
  TitleStrategy,
  withComponentInputBinding,
  withInMemoryScrolling,
} from '@angular/router';
import {
  authInterceptor,
  AuthService,
  SessionStore,
} from '@navdesk/console/data-access';
import { provideUkDatepicker } from '@navdesk/console/ui';
import { appRoutes } from './app.routes';
import { NavdeskTitleStrategy } from './navdesk-title.strategy';

/** After a reload, re-read who the person is; a revoked token sends them to sign in (interceptor). */
function refreshRestoredSession(): void {
  const session = inject(SessionStore);
  const auth = inject(AuthService);
  if (session.isSignedIn()) {
    auth.refreshUser().subscribe({ error: () => undefined });
  }
}

// A British console: Angular's own formatting (numbers, any date it writes) is en-GB.
registerLocaleData(localeEnGb);

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(
      appRoutes,
      withComponentInputBinding(),
      withInMemoryScrolling({ scrollPositionRestoration: 'top' }),
    ),
    provideHttpClient(withXhr(), withInterceptors([authInterceptor])),
    provideAppInitializer(refreshRestoredSession),
    { provide: TitleStrategy, useClass: NavdeskTitleStrategy },
    { provide: LOCALE_ID, useValue: 'en-GB' },
    // Datepickers: Monday-first, DD/MM/YYYY. Dates shown go through `ukDate` (UK time).
    provideUkDatepicker(),
  ],
};
