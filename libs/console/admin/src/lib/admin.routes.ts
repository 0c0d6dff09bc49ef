import { Route } from '@angular/router';
import { AdminLayoutComponent } from './admin-layout/admin-layout.component';
import { NewUserPageComponent } from './new-user/new-user-page.component';
import { ServicesPageComponent } from './services/services-page.component';
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
      { path: 'services', title: 'Services', component: ServicesPageComponent },
    ],
  },
];
