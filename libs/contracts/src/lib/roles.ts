/** Who a signed-in person is in Navdesk. Machine clients use integration keys instead. */
export const ROLES = ['pwp', 'navigator', 'manager', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  pwp: 'PWP',
  navigator: 'Digital navigator',
  manager: 'Manager',
  admin: 'Administrator',
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
