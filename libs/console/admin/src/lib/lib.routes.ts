import { Route } from '@angular/router';
import { ConsoleAdmin } from './console-admin/console-admin';

export const consoleAdminRoutes: Route[] = [
  { path: '', component: ConsoleAdmin },
];
