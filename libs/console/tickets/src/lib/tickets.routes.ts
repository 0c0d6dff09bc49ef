import { Route } from '@angular/router';
import { roleGuard } from '@navdesk/console/data-access';

/** `/triage` (navigators). Each page is its own lazy chunk. */
export const triageRoutes: Route[] = [
  {
    path: '',
    title: 'Triage',
    loadComponent: () =>
      import('./triage/triage-page.component').then(
        (m) => m.TriagePageComponent,
      ),
  },
];

/** `/tickets/:id` (navigators, the reporter, and managers reading masked — the API answers 404 to anyone else). */
export const ticketRoutes: Route[] = [
  { path: '', pathMatch: 'full', redirectTo: '/my-issues' },
  {
    path: ':id',
    title: 'Ticket',
    loadComponent: () =>
      import('./ticket-detail/ticket-detail-page.component').then(
        (m) => m.TicketDetailPageComponent,
      ),
  },
];

/** `/raise` (PWPs and navigators). */
export const raiseRoutes: Route[] = [
  {
    path: '',
    title: 'Raise an issue',
    loadComponent: () =>
      import('./raise/raise-page.component').then((m) => m.RaisePageComponent),
  },
];

/** `/my-issues` (PWPs; navigators see the ones they raised). */
export const myIssuesRoutes: Route[] = [
  {
    path: '',
    title: 'My issues',
    loadComponent: () =>
      import('./my-issues/my-issues-page.component').then(
        (m) => m.MyIssuesPageComponent,
      ),
  },
];

/** `/incidents` (navigators manage; managers read). */
export const incidentsRoutes: Route[] = [
  {
    path: '',
    title: 'Incidents',
    loadComponent: () =>
      import('./incidents/incidents-page.component').then(
        (m) => m.IncidentsPageComponent,
      ),
  },
  {
    path: ':id',
    title: 'Incident',
    loadComponent: () =>
      import('./incidents/incident-detail-page.component').then(
        (m) => m.IncidentDetailPageComponent,
      ),
  },
];

/** `/kb` (everyone reads; navigators write). */
export const kbRoutes: Route[] = [
  {
    path: '',
    title: 'Knowledge base',
    loadComponent: () =>
      import('./kb/kb-page.component').then((m) => m.KbPageComponent),
  },
  {
    path: 'new',
    title: 'New article',
    canMatch: [roleGuard(['navigator'])],
    loadComponent: () =>
      import('./kb/kb-new-article-page.component').then(
        (m) => m.KbNewArticlePageComponent,
      ),
  },
  {
    path: ':id',
    title: 'Article',
    loadComponent: () =>
      import('./kb/kb-article-page.component').then(
        (m) => m.KbArticlePageComponent,
      ),
  },
];
