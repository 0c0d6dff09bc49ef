import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ENGAGEMENT_READS, type EngagementReads, type PgInstant } from '@navdesk/server/core';
import { LiveEventsPublisher } from '@navdesk/server/live';
import { loggedInSince } from '../rules/reset-rules';

interface Completed {
  id: string;
  service_id: string;
  requested_by_id: string;
}

/**
 * A sent reset is complete once the programme has seen the patient log in after it was sent.
 * Guarded by `status = 'sent'`, so a second look (the worker's sweep and a navigator opening the
 * account at once) completes it once.
 */
@Injectable()
export class ResetCompletionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly live: LiveEventsPublisher,
    @Inject(ENGAGEMENT_READS) private readonly engagement: EngagementReads,
  ) {}

  /**
   * Completes every sent reset whose patient the engagement feed has seen log in since it was sent
   * (the programme's own events, read through the engagement domain's port: no call to the programme
   * needed). Returns how many.
   */
  async completeFromEngagement(): Promise<number> {
    const done = await this.dataSource.transaction(async (manager) => {
      // Instants as text, to the microsecond: the log-in must fall strictly after the send.
      const sent: { id: string; patient_id: string; sent_at: PgInstant }[] = await manager.query(`SELECT id, patient_id, sent_at::text AS sent_at FROM login_resets WHERE status = 'sent'`);
      const logins = await this.engagement.firstLoginsAfter(manager, sent.map((r) => ({ patientId: r.patient_id, after: r.sent_at })));
      const due = sent.flatMap((r, i) => {
        const at = logins[i];
        return at ? [{ id: r.id, at }] : [];
      });
      if (!due.length) return [];
      const [rows] = (await manager.query(
        `UPDATE login_resets r SET status = 'completed', completed_at = due.at, updated_at = now()
           FROM unnest($1::uuid[], $2::timestamptz[]) AS due(id, at)
          WHERE r.id = due.id AND r.status = 'sent'
         RETURNING r.id, r.service_id, r.requested_by_id`,
        [due.map((d) => d.id), due.map((d) => d.at)],
      )) as [Completed[], number];
      for (const r of rows) await manager.query(`INSERT INTO login_reset_events (reset_id, type, detail) VALUES ($1, 'completed', 'The patient logged in to the programme (reported by its engagement feed)')`, [r.id]);
      return rows;
    });
    for (const r of done) await this.live.publish('reset.changed', r.id, { serviceId: r.service_id, userIds: [r.requested_by_id] });
    return done.length;
  }

  /** Completes the patient's sent reset if `lastLoginAt` is after it was sent; true if it did. */
  async completeIfLoggedIn(patientId: string, lastLoginAt: string | null): Promise<boolean> {
    if (!lastLoginAt) return false;
    const sent: { id: string; sent_at: Date }[] = await this.dataSource.query(`SELECT id, sent_at FROM login_resets WHERE patient_id = $1 AND status = 'sent'`, [patientId]);
    const due = sent.filter((r) => loggedInSince(lastLoginAt, new Date(r.sent_at))).map((r) => r.id);
    if (!due.length) return false;
    const done = await this.dataSource.transaction(async (manager) => {
      const [rows] = (await manager.query(
        `UPDATE login_resets SET status = 'completed', completed_at = $2, updated_at = now() WHERE id = ANY($1) AND status = 'sent'
         RETURNING id, service_id, requested_by_id`,
        [due, new Date(lastLoginAt)],
      )) as [Completed[], number];
      for (const r of rows) await manager.query(`INSERT INTO login_reset_events (reset_id, type, detail) VALUES ($1, 'completed', 'The patient logged in to the programme')`, [r.id]);
      return rows;
    });
    for (const r of done) await this.live.publish('reset.changed', r.id, { serviceId: r.service_id, userIds: [r.requested_by_id] });
    return done.length > 0;
  }
}
