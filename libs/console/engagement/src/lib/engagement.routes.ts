import { Route } from '@angular/router';

/** `/flags` (navigators): open flags in their services, and each service's thresholds. */
export const flagsRoutes: Route[] = [
  {
    path: '',
    title: 'Flags',
    loadComponent: () =>
      import('./flags/flags-page.component').then((m) => m.FlagsPageComponent),
  },
];
