import { Route } from '@angular/router';

/**
 * `/tailoring`. Navigators: the queue of requests in their services, to approve or decline.
 * PWPs: the requests they made, with their status.
 */
export const tailoringRoutes: Route[] = [
  {
    path: '',
    title: 'Tailoring',
    loadComponent: () =>
      import('./requests/tailoring-page.component').then(
        (m) => m.TailoringPageComponent,
      ),
  },
];
