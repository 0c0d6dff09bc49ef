import { In, MoreThanOrEqual, type EntityManager } from 'typeorm';
import type { UserEntity } from '@navdesk/server/access';
import { NotificationEntity } from '@navdesk/server/notifications';
import { TicketEntity } from '@navdesk/server/tickets';
import { DAY } from './demo-history';
import { BACK_FROM_LEAVE_EMAIL, LEAVE_DAYS, leaveNotifications } from './demo-leave-notifications';

/**
 * A navigator back from leave finds the bell full: notifications about the demo's own tickets in their
 * services over the leave (demo-leave-notifications.ts). One insert, and no e-mails queued for them:
 * the demo's past mail is not sent again. Returns how many were written.
 */
export async function seedDemoLeaveNotifications(manager: EntityManager, users: readonly UserEntity[], now: Date): Promise<number> {
  const navigator = users.find((u) => u.email === BACK_FROM_LEAVE_EMAIL);
  if (!navigator) return 0;
  const since = new Date(now.getTime() - LEAVE_DAYS * DAY);
  const serviceIds = (navigator.services ?? []).map((s) => s.id);
  const inServices = { serviceId: In(serviceIds) };
  const tickets = await manager.find(TicketEntity, {
    where: [
      { ...inServices, createdAt: MoreThanOrEqual(since) },
      { ...inServices, breachedAt: MoreThanOrEqual(since) },
    ],
    select: { id: true, reference: true, priority: true, createdAt: true, breachedAt: true, riskFlag: true, assigneeId: true, reporterId: true },
  });
  const names = new Map(users.map((u) => [u.id, u.name]));
  const rows = leaveNotifications(
    navigator.id,
    tickets.map((t) => ({ ...t, reporterName: names.get(t.reporterId) ?? 'A colleague' })),
    now,
  );
  if (rows.length) await manager.createQueryBuilder().insert().into(NotificationEntity).values(rows).updateEntity(false).execute();
  return rows.length;
}
