import { ConflictException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Role } from '@navdesk/contracts';
import { InvalidInputException } from '@navdesk/server/core';

export interface Scope {
  active: boolean;
  role: Role;
  serviceIds: string[];
}

/** The services where the person is an active navigator before the change and not after it. */
export function servicesLeft(before: Scope, after: Scope): string[] {
  if (!before.active || before.role !== 'navigator') return [];
  if (!after.active || after.role !== 'navigator') return [...before.serviceIds];
  return before.serviceIds.filter((id) => !after.serviceIds.includes(id));
}

export interface Handover {
  /** Per service left: who takes its open tickets (absent: they go back to the queue). */
  replacements: Record<string, string>;
  /** Services the replacement was added to, because nobody else would have navigated them. */
  joined: string[];
}

/**
 * Never orphan a service: when the person is the last active navigator of a service they leave, the
 * admin must name another navigator, who joins that service. Locks the services' rows so two admins
 * moving its last two navigators at once cannot both succeed.
 */
export async function planHandover(manager: EntityManager, person: { id: string; name: string }, left: string[], replacementId: string | undefined): Promise<Handover> {
  if (!left.length) return { replacements: {}, joined: [] };
  const services: { id: string; code: string; name: string; others: number }[] = await manager.query(
    `SELECT s.id, s.code, s.name,
            (SELECT count(*)::int FROM user_services us JOIN users u ON u.id = us.user_id
              WHERE us.service_id = s.id AND u.id <> $2 AND u.role = 'navigator' AND u.active) AS others
       FROM services s WHERE s.id = ANY($1::uuid[]) ORDER BY s.name FOR UPDATE OF s`,
    [left, person.id],
  );
  const orphaned = services.filter((s) => s.others === 0);
  if (replacementId === undefined) {
    if (!orphaned.length) return { replacements: {}, joined: [] };
    const names = orphaned.map((s) => `${s.name} (${s.code})`).join(', ');
    const message = `${person.name} is the last active navigator of ${names}. Name another navigator to take over (replacementNavigatorId), or add one to ${orphaned.length === 1 ? 'that service' : 'those services'} first.`;
    throw new ConflictException({ message, details: [{ field: 'replacementNavigatorId', message }] });
  }
  const [replacement] = (await manager.query(`SELECT id FROM users WHERE id = $1 AND role = 'navigator' AND active FOR UPDATE`, [replacementId])) as { id: string }[];
  if (!replacement || replacementId === person.id) {
    throw new InvalidInputException([{ field: 'replacementNavigatorId', message: 'replacementNavigatorId must name another active navigator' }]);
  }
  const member: { service_id: string }[] = await manager.query(`SELECT service_id FROM user_services WHERE user_id = $1 AND service_id = ANY($2::uuid[])`, [replacementId, left]);
  const already = new Set(member.map((m) => m.service_id));
  const joined = orphaned.map((s) => s.id).filter((id) => !already.has(id));
  for (const serviceId of joined) await manager.query(`INSERT INTO user_services (user_id, service_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [replacementId, serviceId]);
  const replacements = Object.fromEntries([...already, ...joined].map((serviceId) => [serviceId, replacementId]));
  return { replacements, joined };
}
