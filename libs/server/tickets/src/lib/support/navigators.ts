import type { EntityManager } from 'typeorm';

/** True when the user is an active navigator of the service (the only people tickets go to). */
export async function isNavigatorOf(manager: EntityManager, userId: string, serviceId: string): Promise<boolean> {
  const rows: unknown[] = await manager.query(
    `SELECT 1 FROM users u JOIN user_services us ON us.user_id = u.id WHERE u.id = $1 AND us.service_id = $2 AND u.role = 'navigator' AND u.active`,
    [userId, serviceId],
  );
  return rows.length > 0;
}

/** The service's navigators' ids. */
export async function navigatorsOf(manager: EntityManager, serviceId: string): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(
    `SELECT u.id FROM users u JOIN user_services us ON us.user_id = u.id WHERE us.service_id = $1 AND u.role = 'navigator' AND u.active ORDER BY u.id`,
    [serviceId],
  );
  return rows.map((r) => r.id);
}
