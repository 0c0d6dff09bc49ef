import { Route } from '@angular/router';

/**
 * `/reports` (managers and navigators): aggregates of their services. Filters are in the query:
 * `from`, `to` (YYYY-MM-DD, `to` exclusive), `serviceId`, `interval`, `groupBy`.
 * `/reports/outcomes`: the study's four barriers, this quarter to date against the period before.
 * `/reports/vendor-pack`: the feedback pack for the programme's vendor, the last full quarter by default.
 */
export const reportsRoutes: Route[] = [
  {
    path: '',
    title: 'Reports',
    loadComponent: () =>
      import('./page/reports-page.component').then(
        (m) => m.ReportsPageComponent,
      ),
  },
  {
    path: 'outcomes',
    title: 'Outcomes',
    loadComponent: () =>
      import('./outcomes/outcomes-page.component').then(
        (m) => m.OutcomesPageComponent,
      ),
  },
  {
    path: 'vendor-pack',
    title: 'Vendor feedback pack',
    loadComponent: () =>
      import('./vendor-pack/vendor-pack-page.component').then(
        (m) => m.VendorPackPageComponent,
      ),
  },
];
