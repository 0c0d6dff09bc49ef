import { Route } from '@angular/router';
import { CaseloadPageComponent } from './caseload/caseload-page.component';

/** Lazy routes of the patients area (mounted at `/patients`). */
export const patientsRoutes: Route[] = [
  { path: '', title: 'Caseload', component: CaseloadPageComponent },
  {
    // The ref sits in the path, never in a query string.
    path: ':ref/brief',
    title: 'Pre-session brief',
    loadComponent: () =>
      import('./brief/brief-page.component').then((m) => m.BriefPageComponent),
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
