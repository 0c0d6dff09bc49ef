import { Role, ROLES } from '@navdesk/contracts';

export interface NavItem {
  label: string;
  path: string;
  /** Exact match for the home link, prefix match for areas. */
  exact: boolean;
  roles: readonly Role[];
}

/** The areas that exist, and who may use each. Keep in step with the route guards in app.routes.ts. */
export const NAV_ITEMS: readonly NavItem[] = [
  { label: 'Home', path: '/', exact: true, roles: ROLES },
  {
    label: 'Caseload',
    path: '/patients',
    exact: false,
    roles: ['pwp', 'navigator'],
  },
  { label: 'Admin', path: '/admin', exact: false, roles: ['admin'] },
];

export function navItemsFor(role: Role | null): NavItem[] {
  return role === null
    ? []
    : NAV_ITEMS.filter((item) => item.roles.includes(role));
}
