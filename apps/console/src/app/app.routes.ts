import { Route } from '@angular/router';
import {
  roleGuard,
  signedInGuard,
  signedOutGuard,
} from '@navdesk/console/data-access';

export const appRoutes: Route[] = [
  {
    // Single sign-on lands here with a one-time code in the fragment.
    path: 'sign-in/sso',
    title: 'Signing in',
    canActivate: [signedOutGuard],
    loadComponent: () =>
      import('./sign-in/sso-callback-page.component').then(
        (m) => m.SsoCallbackPageComponent,
      ),
  },
  {
    path: 'sign-in',
    title: 'Sign in',
    canActivate: [signedOutGuard],
    loadComponent: () =>
      import('./sign-in/sign-in-page.component').then(
        (m) => m.SignInPageComponent,
      ),
  },
  {
    path: 'forgot-password',
    title: 'Forgot your password?',
    canActivate: [signedOutGuard],
    loadComponent: () =>
      import('./passwords/forgot-password-page.component').then(
        (m) => m.ForgotPasswordPageComponent,
      ),
  },
  {
    // The link from the e-mail: the token rides in the fragment (#token=…).
    path: 'reset-password',
    title: 'Choose a new password',
    loadComponent: () =>
      import('./passwords/reset-password-page.component').then(
        (m) => m.ResetPasswordPageComponent,
      ),
  },
  {
    path: '',
    canActivate: [signedInGuard],
    canActivateChild: [signedInGuard],
    loadComponent: () =>
      import('./shell/shell.component').then((m) => m.ShellComponent),
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'Home',
        loadComponent: () =>
          import('@navdesk/console/home').then((m) => m.HomePageComponent),
      },
      {
        path: 'patients',
        canMatch: [roleGuard(['pwp', 'navigator'])],
        loadChildren: () =>
          import('@navdesk/console/patients').then((m) => m.patientsRoutes),
      },
      {
        path: 'triage',
        canMatch: [roleGuard(['navigator'])],
        loadChildren: () =>
          import('@navdesk/console/tickets').then((m) => m.triageRoutes),
      },
      {
        path: 'resets',
        canMatch: [roleGuard(['navigator'])],
        loadChildren: () =>
          import('@navdesk/console/resets').then((m) => m.resetsRoutes),
      },
      {
        path: 'flags',
        canMatch: [roleGuard(['navigator'])],
        loadChildren: () =>
          import('@navdesk/console/engagement').then((m) => m.flagsRoutes),
      },
      {
        path: 'training',
        canMatch: [roleGuard(['pwp', 'navigator'])],
        loadChildren: () =>
          import('@navdesk/console/training').then((m) => m.trainingRoutes),
      },
      {
        path: 'tailoring',
        canMatch: [roleGuard(['pwp', 'navigator'])],
        loadChildren: () =>
          import('@navdesk/console/tailoring').then((m) => m.tailoringRoutes),
      },
      {
        path: 'tickets',
        canMatch: [roleGuard(['pwp', 'navigator', 'manager'])],
        loadChildren: () =>
          import('@navdesk/console/tickets').then((m) => m.ticketRoutes),
      },
      {
        path: 'raise',
        canMatch: [roleGuard(['pwp', 'navigator'])],
        loadChildren: () =>
          import('@navdesk/console/tickets').then((m) => m.raiseRoutes),
      },
      {
        path: 'my-issues',
        canMatch: [roleGuard(['pwp', 'navigator'])],
        loadChildren: () =>
          import('@navdesk/console/tickets').then((m) => m.myIssuesRoutes),
      },
      {
        path: 'incidents',
        canMatch: [roleGuard(['navigator', 'manager'])],
        loadChildren: () =>
          import('@navdesk/console/tickets').then((m) => m.incidentsRoutes),
      },
      {
        path: 'reports',
        canMatch: [roleGuard(['navigator', 'manager'])],
        loadChildren: () =>
          import('@navdesk/console/reports').then((m) => m.reportsRoutes),
      },
      {
        path: 'kb',
        loadChildren: () =>
          import('@navdesk/console/tickets').then((m) => m.kbRoutes),
      },
      {
        path: 'admin',
        canMatch: [roleGuard(['admin'])],
        loadChildren: () =>
          import('@navdesk/console/admin').then((m) => m.adminRoutes),
      },
      {
        path: 'account/password',
        title: 'Change your password',
        loadComponent: () =>
          import('./passwords/change-password-page.component').then(
            (m) => m.ChangePasswordPageComponent,
          ),
      },
      {
        path: 'not-allowed',
        title: 'Not allowed',
        loadComponent: () =>
          import('./errors/not-allowed-page.component').then(
            (m) => m.NotAllowedPageComponent,
          ),
      },
      {
        path: '**',
        title: 'Page not found',
        loadComponent: () =>
          import('./errors/not-found-page.component').then(
            (m) => m.NotFoundPageComponent,
          ),
      },
    ],
  },
];
