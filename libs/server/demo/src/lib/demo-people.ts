import type { Role } from '@navdesk/contracts';

export const DEMO_PASSWORD = 'navdesk-demo';

export const DEMO_SERVICES = [
  { code: 'S1', name: 'Riverside Talking Therapies' },
  { code: 'S2', name: 'Northgate Talking Therapies' },
  { code: 'S3', name: 'Eastfield Talking Therapies' },
  { code: 'S4', name: 'Westmoor Talking Therapies' },
  { code: 'S5', name: 'Southbank Talking Therapies' },
  { code: 'S6', name: 'Hillcrest Talking Therapies' },
] as const;

export interface DemoPerson {
  email: string;
  name: string;
  role: Role;
  /** Indexes into DEMO_SERVICES (0-based). */
  services: number[];
}

const PWP_NAMES = ['Amira Khan', 'Ben Walsh', 'Chloe Evans', 'Daniel Osei', 'Ella Morgan', 'Farah Ali', 'George Hughes', 'Hannah Price', 'Isaac Brown', 'Jade Turner', 'Kofi Mensah', 'Laura Davies', 'Mo Rahman'];

/** 13 PWPs over six services, as in the study: three in the first service, two in each other. */
const PWP_SERVICE = [0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5];

export const DEMO_PEOPLE: DemoPerson[] = [
  { email: 'admin@navdesk.test', name: 'Alex Admin', role: 'admin', services: [] },
  { email: 'nav1@navdesk.test', name: 'Nadia Navigator', role: 'navigator', services: [0, 1] },
  { email: 'nav2@navdesk.test', name: 'Noah Navigator', role: 'navigator', services: [2, 3] },
  { email: 'nav3@navdesk.test', name: 'Nia Navigator', role: 'navigator', services: [4, 5] },
  { email: 'manager1@navdesk.test', name: 'Maya Manager', role: 'manager', services: [0, 1, 2] },
  { email: 'manager2@navdesk.test', name: 'Matt Manager', role: 'manager', services: [3, 4, 5] },
  ...PWP_NAMES.map((name, i) => ({
    email: `pwp${String(i + 1).padStart(2, '0')}@navdesk.test`,
    name,
    role: 'pwp' as const,
    services: [PWP_SERVICE[i] ?? 0],
  })),
];
