import { Route } from '@angular/router';
import { navigatorOnly, pwpOnly } from './training-access';

/**
 * `/training`. PWPs: one page to book sessions, rate their confidence and read their record.
 * Navigators: tabs for the schedule, question topics, coverage and the catalogue, and a page per
 * session with its roster and attendance.
 */
export const trainingRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    canMatch: [pwpOnly],
    title: 'Training',
    loadComponent: () =>
      import('./pwp/pwp-training-page.component').then(
        (m) => m.PwpTrainingPageComponent,
      ),
  },
  {
    path: 'sessions/:id',
    canMatch: [navigatorOnly],
    title: 'Training session',
    loadComponent: () =>
      import('./navigator/session/session-page.component').then(
        (m) => m.SessionPageComponent,
      ),
  },
  {
    path: '',
    canMatch: [navigatorOnly],
    loadComponent: () =>
      import('./navigator/navigator-training-layout.component').then(
        (m) => m.NavigatorTrainingLayoutComponent,
      ),
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'Training schedule',
        loadComponent: () =>
          import('./navigator/schedule/schedule-page.component').then(
            (m) => m.SchedulePageComponent,
          ),
      },
      {
        path: 'topics',
        title: 'Question topics',
        loadComponent: () =>
          import('./navigator/topics/question-topics-page.component').then(
            (m) => m.QuestionTopicsPageComponent,
          ),
      },
      {
        path: 'coverage',
        title: 'Training coverage',
        loadComponent: () =>
          import('./navigator/coverage/coverage-page.component').then(
            (m) => m.CoveragePageComponent,
          ),
      },
      {
        path: 'catalogue',
        title: 'Training catalogue',
        loadComponent: () =>
          import('./navigator/catalogue/catalogue-page.component').then(
            (m) => m.CataloguePageComponent,
          ),
      },
    ],
  },
];
