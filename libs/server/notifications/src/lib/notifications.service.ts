import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import type { NotificationType, NotificationView, Page } from '@navdesk/contracts';
import { cursorPart, defineCursor, OutboxWriter, type WriteBeside } from '@navdesk/server/core';
import { NotificationEntity } from './notification.entity';
import { NOTIFICATION_EMAILS_PER_JOB, NOTIFICATION_JOBS, NOTIFICATIONS } from './notifications.constants';

const NOTIFICATIONS_CURSOR = defineCursor(cursorPart.time, cursorPart.uuid);

const INSERT_MANY_SQL = `
INSERT INTO notifications (id, user_id, type, title, body, ticket_id)
SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::notification_type[], $4::text[], $5::text[], $6::uuid[])`;

export interface NewNotification {
  userIds: string[];
  type: NotificationType;
  title: string;
  body: string;
  ticketId?: string | null;
}

export function toNotificationView(n: NotificationEntity): NotificationView {
  return { id: n.id, type: n.type, title: n.title, body: n.body, ticketId: n.ticketId, createdAt: n.createdAt.toISOString(), readAt: n.readAt?.toISOString() ?? null };
}

/** The bell, and the e-mail that goes with each notification (queued through the outbox). */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  /** Inside the business transaction: one row per person (deduplicated), and one e-mail job each. */
  async notify(manager: EntityManager, n: NewNotification): Promise<string[]> {
    const userIds = [...new Set(n.userIds)];
    if (!userIds.length) return [];
    const rows = await manager.save(userIds.map((userId) => manager.create(NotificationEntity, { userId, type: n.type, title: n.title, body: n.body, ticketId: n.ticketId ?? null, readAt: null })));
    await this.outbox.enqueueMany(manager, NOTIFICATIONS, emailJobs(rows.map((row) => row.id)));
    return userIds;
  }

  /** Several notifications at once (a batch's), inside its transaction: one insert and one outbox statement for them all. */
  async notifyMany(manager: EntityManager, list: readonly NewNotification[]): Promise<void> {
    await this.notifyManyWith(manager, list, []);
  }

  /**
   * `notifyMany` and the caller's own writes in one statement (OutboxWriter.enqueueManyWith): a triage batch's
   * tickets and timeline go with their assignment notifications and e-mail jobs. The writes run even when
   * `list` names nobody.
   */
  async notifyManyWith(manager: EntityManager, list: readonly NewNotification[], beside: readonly WriteBeside[]): Promise<void> {
    const rows = list.flatMap((n) => [...new Set(n.userIds)].map((userId) => ({ id: randomUUID(), userId, type: n.type, title: n.title, body: n.body, ticketId: n.ticketId ?? null })));
    if (!rows.length && !beside.length) return;
    // Plain SQL: TypeORM's multi-row insert cost triage more CPU than the statement itself (bench:queues profile).
    const notifications: WriteBeside[] = rows.length
      ? [{ sql: INSERT_MANY_SQL, params: [rows.map((r) => r.id), rows.map((r) => r.userId), rows.map((r) => r.type), rows.map((r) => r.title), rows.map((r) => r.body), rows.map((r) => r.ticketId)] }]
      : [];
    await this.outbox.enqueueManyWith(manager, [...beside, ...notifications], NOTIFICATIONS, emailJobs(rows.map((r) => r.id)));
  }

  async list(userId: string, limit: number, cursor?: string): Promise<Page<NotificationView>> {
    const after = NOTIFICATIONS_CURSOR.decode(cursor);
    const qb = this.dataSource.getRepository(NotificationEntity).createQueryBuilder('n').where('n.user_id = :userId', { userId }).orderBy('n.created_at', 'DESC').addOrderBy('n.id', 'DESC');
    if (after) qb.andWhere('(n.created_at, n.id) < (:at, :id)', { at: after[0], id: after[1] });
    const rows = await qb.take(limit + 1).getMany();
    return NOTIFICATIONS_CURSOR.page(rows, limit, toNotificationView, (n) => [n.createdAt.toISOString(), n.id]);
  }

  async unread(userId: string): Promise<number> {
    return this.dataSource.getRepository(NotificationEntity).count({ where: { userId, readAt: IsNull() } });
  }

  async markRead(userId: string, ids: string[] | 'all'): Promise<void> {
    const where = ids === 'all' ? { userId, readAt: IsNull() } : { userId, readAt: IsNull(), id: In(ids) };
    await this.dataSource.getRepository(NotificationEntity).update(where, { readAt: new Date() });
  }
}

/** E-mail jobs for these notifications, in as few jobs as NOTIFICATION_EMAILS_PER_JOB allows. */
function emailJobs(notificationIds: readonly string[]) {
  return chunk(notificationIds, NOTIFICATION_EMAILS_PER_JOB).map((ids) => ({ jobName: NOTIFICATION_JOBS.email, payload: { notificationIds: ids } }));
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
