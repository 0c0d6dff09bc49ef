import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  ApplicationConfig,
  inject,
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

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(
      appRoutes,
      withComponentInputBinding(),
      withInMemoryScrolling({ scrollPositionRestoration: 'top' }),
    ),
    provideHttpClient(withInterceptors([authInterceptor])),
    provideAppInitializer(refreshRestoredSession),
    { provide: TitleStrategy, useClass: NavdeskTitleStrategy },
  ],
};
