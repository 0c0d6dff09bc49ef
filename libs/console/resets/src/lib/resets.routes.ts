import { Route } from '@angular/router';

/** `/resets` (navigators): the log-in resets of their services. */
export const resetsRoutes: Route[] = [
  {
    path: '',
    title: 'Resets',
    loadComponent: () =>
      import('./resets-list/resets-page.component').then(
        (m) => m.ResetsPageComponent,
      ),
  },
];
