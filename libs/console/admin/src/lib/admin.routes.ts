import { Route } from '@angular/router';
import { AdminLayoutComponent } from './admin-layout/admin-layout.component';
import { FailedJobsPageComponent } from './failed-jobs/failed-jobs-page.component';
import { NewUserPageComponent } from './new-user/new-user-page.component';
import { OutboxPageComponent } from './outbox/outbox-page.component';
import { SchedulesPageComponent } from './schedules/schedules-page.component';
import { ServicesPageComponent } from './services/services-page.component';
import { TriageRulesPageComponent } from './triage-rules/triage-rules-page.component';
import { UserPageComponent } from './user/user-page.component';
import { UsersPageComponent } from './users/users-page.component';

/** Lazy routes of the admin area (mounted at `/admin`; the app guards it to admins). */
export const adminRoutes: Route[] = [
  {
    path: '',
    component: AdminLayoutComponent,
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'users' },
      { path: 'users', title: 'Users', component: UsersPageComponent },
      { path: 'users/new', title: 'New user', component: NewUserPageComponent },
      { path: 'users/:id', title: 'User', component: UserPageComponent },
      { path: 'services', title: 'Services', component: ServicesPageComponent },
      {
        path: 'failed-jobs',
        title: 'Failed jobs',
        component: FailedJobsPageComponent,
      },
      {
        path: 'outbox',
        title: 'Outbox e-mails',
        component: OutboxPageComponent,
      },
      {
        path: 'schedules',
        title: 'Schedules',
        component: SchedulesPageComponent,
      },
      {
        path: 'triage-rules',
        title: 'Triage rules',
        component: TriageRulesPageComponent,
      },
    ],
  },
];
