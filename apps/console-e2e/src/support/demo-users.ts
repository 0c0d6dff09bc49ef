import type { Role } from '@navdesk/contracts';

/** The seeded demo accounts (demo data only). */
export const DEMO_PASSWORD = 'navdesk-demo';

export interface DemoUser {
  role: Role;
  email: string;
  password: string;
}

export const DEMO_USERS: Record<Role, DemoUser> = {
  admin: {
    role: 'admin',
    email: 'admin@navdesk.test',
    password: DEMO_PASSWORD,
  },
  navigator: {
    role: 'navigator',
    email: 'nav1@navdesk.test',
    password: DEMO_PASSWORD,
  },
  pwp: { role: 'pwp', email: 'pwp01@navdesk.test', password: DEMO_PASSWORD },
  manager: {
    role: 'manager',
    email: 'manager1@navdesk.test',
    password: DEMO_PASSWORD,
  },
};

/** What each role's main navigation shows, in order. */
export const EXPECTED_NAV: Record<Role, string[]> = {
  admin: ['Home', 'Admin', 'Knowledge base'],
  navigator: [
    'Home',
    'Triage',
    'Resets',
    'Flags',
    'Tailoring',
    'Incidents',
    'Caseload',
    'Training',
    'Reports',
    'Knowledge base',
    'Raise an issue',
  ],
  pwp: [
    'Home',
    'Raise an issue',
    'My issues',
    'Caseload',
    'Training',
    'Tailoring',
    'Knowledge base',
  ],
  manager: ['Home', 'Reports', 'Incidents', 'Knowledge base'],
};
