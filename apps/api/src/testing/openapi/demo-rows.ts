/** The demo's people and the SQL that finds rows of theirs, for the conformance calls. */
export const DEMO = {
  admin: 'admin@navdesk.test',
  nav: 'nav1@navdesk.test',
  pwp: 'pwp01@navdesk.test',
  manager: 'manager1@navdesk.test',
} as const;

export const userId = (email: string): string => `SELECT id FROM users WHERE email = '${email}'`;
export const servicesOf = (email: string): string => `SELECT us.service_id FROM user_services us JOIN users u ON u.id = us.user_id WHERE u.email = '${email}'`;
export const ticketOf = (where: string, order = 'ASC'): string => `SELECT id::text FROM tickets WHERE ${where} ORDER BY created_at ${order} LIMIT 1`;
