import { inject } from '@angular/core';
import { CanMatchFn } from '@angular/router';
import { SessionStore } from '@navdesk/console/data-access';

/** Picks the PWP's routes of `/training` (the area's role guard has let the person in already). */
export const pwpOnly: CanMatchFn = () => inject(SessionStore).isPwp();

/** Picks the navigators' routes of `/training`. */
export const navigatorOnly: CanMatchFn = () =>
  inject(SessionStore).isNavigator();
