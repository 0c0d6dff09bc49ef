import { Route } from '@angular/router';
import { BriefPageComponent } from '@navdesk/console/engagement';
import { CaseloadPageComponent } from './caseload/caseload-page.component';

/**
 * Lazy routes of the patients area (mounted at `/patients`). The brief is engagement's page; it is
 * imported statically because this lib already imports engagement's panels statically (Nx forbids
 * a lib loaded both ways).
 */
export const patientsRoutes: Route[] = [
  { path: '', title: 'Caseload', component: CaseloadPageComponent },
  {
    // The ref sits in the path, never in a query string.
    path: ':ref/brief',
    title: 'Pre-session brief',
    component: BriefPageComponent,
  },
  {
    path: ':ref',
    title: 'Patient',
    loadComponent: () =>
      import('./patient/patient-page.component').then(
        (m) => m.PatientPageComponent,
      ),
  },
];
