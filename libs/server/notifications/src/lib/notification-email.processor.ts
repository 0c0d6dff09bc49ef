import { Processor } from '@nestjs/bullmq';
import { Inject, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnrecoverableError } from 'bullmq';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig, GroupCommitter, type JobOf, NavdeskWorkerHost, preparedQuery, unknownJob } from '@navdesk/server/core';
import { MailTransport, type MailOutcome, type OutgoingEmail } from '@navdesk/server/mail';
import { NOTIFICATION_EMAIL_BATCH, NOTIFICATION_JOBS, NOTIFICATIONS_QUEUE, type NotificationEmailJob, type NotificationJobs } from './notifications.constants';

export type NotificationEmailOutcome = MailOutcome | 'no-recipient';

/** Each notification with its person's address, if that person is still active. */
const RECIPIENTS_SQL = `
SELECT n.id, n.title, n.body, n.ticket_id AS "ticketId", u.email
  FROM notifications n LEFT JOIN users u ON u.id = n.user_id AND u.active
 WHERE n.id = ANY($1::uuid[])`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Recipient {
  id: string;
  title: string;
  body: string;
  ticketId: string | null;
  email: string | null;
}

/**
 * E-mails each notification to its person. Idempotent through the transport's dedupe key. A busy triage
 * sends one e-mail per assignment: a job carries a batch's notifications, and the jobs running at the same
 * moment share one look-up and one insert (group commit, NOTIFICATION_EMAIL_BATCH): three round trips per
 * e-mail made the e-mails, not triage, the worker's main load (bench:queues). A failed batch fails its
 * jobs, which BullMQ retries.
 */
@Processor(NOTIFICATIONS_QUEUE, { concurrency: NOTIFICATION_EMAIL_BATCH.jobs * NOTIFICATION_EMAIL_BATCH.inFlight })
export class NotificationEmailProcessor extends NavdeskWorkerHost implements OnModuleDestroy {
  private readonly committer = new GroupCommitter<string, NotificationEmailOutcome>((ids) => this.sendBatch(ids), {
    waitMs: NOTIFICATION_EMAIL_BATCH.waitMs,
    maxItems: NOTIFICATION_EMAIL_BATCH.emails,
    maxInFlight: NOTIFICATION_EMAIL_BATCH.inFlight,
  });

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transport: MailTransport,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  /**
   * Every notification of the job goes into the shared batches. A notification that is gone is skipped
   * (logged); a job whose notifications are all gone fails for good. Any other failure fails the job, and
   * its retry sends only what the dedupe key has not seen.
   */
  async process(job: JobOf<NotificationJobs>): Promise<string> {
    if (job.name !== NOTIFICATION_JOBS.email) throw unknownJob(NOTIFICATIONS_QUEUE, job);
    const ids = emailJobIds(job.data);
    if (!ids.length) throw new UnrecoverableError(`job ${job.id} names no notification`);
    const settled = await Promise.allSettled(ids.map((id) => this.committer.submit(id)));
    const retryable = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected' && !(r.reason instanceof UnrecoverableError));
    if (retryable) throw retryable.reason;
    const gone = ids.filter((_, i) => settled[i]?.status === 'rejected');
    if (gone.length === ids.length) throw new UnrecoverableError(`notification(s) ${gone.join(', ')} no longer exist`);
    if (gone.length) this.logger.warn(`job ${job.id}: notification(s) ${gone.join(', ')} no longer exist; skipped`);
    const counts = new Map<string, number>();
    for (const r of settled) if (r.status === 'fulfilled') counts.set(r.value, (counts.get(r.value) ?? 0) + 1);
    const result = [...counts].map(([outcome, n]) => `${n} ${outcome}`).join(', ') + (gone.length ? `, ${gone.length} gone` : '');
    this.logger.log(`job ${job.id} ${job.name} ${result}`);
    return result;
  }

  async onModuleDestroy(): Promise<void> {
    await this.committer.flush();
  }

  private async sendBatch(ids: readonly string[]): Promise<PromiseSettledResult<NotificationEmailOutcome>[]> {
    const rows = await preparedQuery<Recipient>(this.dataSource, RECIPIENTS_SQL, [[...new Set(ids.filter((id) => UUID.test(id)))]]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const mails: OutgoingEmail[] = [];
    const planned = ids.map((id): PromiseSettledResult<NotificationEmailOutcome> | number => {
      const n = byId.get(id);
      if (!n) return { status: 'rejected', reason: new UnrecoverableError(`notification ${id} no longer exists`) };
      if (!n.email) return { status: 'fulfilled', value: 'no-recipient' };
      const link = n.ticketId ? `${this.config.PUBLIC_URL}/tickets/${n.ticketId}` : this.config.PUBLIC_URL;
      return mails.push({ dedupeKey: `notification:${n.id}`, to: n.email, subject: `Navdesk: ${n.title}`, body: `${n.body}\n\nOpen it in Navdesk: ${link}` }) - 1;
    });
    const sent = await this.transport.sendMany(mails);
    return planned.map((p) => (typeof p === 'number' ? (sent[p] as PromiseSettledResult<MailOutcome>) : p));
  }
}

/** The ids of an e-mail job: `notificationIds`, or the `notificationId` of a job queued before batches. */
export function emailJobIds(data: NotificationEmailJob | { notificationId?: unknown }): string[] {
  const many = (data as { notificationIds?: unknown }).notificationIds;
  if (Array.isArray(many)) return many.filter((id): id is string => typeof id === 'string');
  const one = (data as { notificationId?: unknown }).notificationId;
  return typeof one === 'string' ? [one] : [];
}
