import { Role } from '@navdesk/contracts';

export interface NavItem {
  label: string;
  path: string;
  /** Exact match for the home link, prefix match for areas. */
  exact: boolean;
}

type Area =
  | 'home'
  | 'raise'
  | 'myIssues'
  | 'triage'
  | 'resets'
  | 'flags'
  | 'incidents'
  | 'caseload'
  | 'training'
  | 'tailoring'
  | 'reports'
  | 'kb'
  | 'admin';

const AREAS: Record<Area, NavItem> = {
  home: { label: 'Home', path: '/', exact: true },
  raise: { label: 'Raise an issue', path: '/raise', exact: false },
  myIssues: { label: 'My issues', path: '/my-issues', exact: false },
  triage: { label: 'Triage', path: '/triage', exact: false },
  resets: { label: 'Resets', path: '/resets', exact: false },
  flags: { label: 'Flags', path: '/flags', exact: false },
  incidents: { label: 'Incidents', path: '/incidents', exact: false },
  caseload: { label: 'Caseload', path: '/patients', exact: false },
  training: { label: 'Training', path: '/training', exact: false },
  tailoring: { label: 'Tailoring', path: '/tailoring', exact: false },
  reports: { label: 'Reports', path: '/reports', exact: false },
  kb: { label: 'Knowledge base', path: '/kb', exact: false },
  admin: { label: 'Admin', path: '/admin', exact: false },
};

/**
 * What each role may use, in the order it matters to them. Keep in step with the route guards
 * in app.routes.ts.
 */
const NAV_BY_ROLE: Record<Role, readonly Area[]> = {
  pwp: ['home', 'raise', 'myIssues', 'caseload', 'training', 'tailoring', 'kb'],
  navigator: [
    'home',
    'triage',
    'resets',
    'flags',
    'tailoring',
    'incidents',
    'caseload',
    'training',
    'reports',
    'kb',
    'raise',
  ],
  manager: ['home', 'reports', 'incidents', 'kb'],
  admin: ['home', 'admin', 'kb'],
};

export function navItemsFor(role: Role | null): NavItem[] {
  return role === null ? [] : NAV_BY_ROLE[role].map((area) => AREAS[area]);
}
