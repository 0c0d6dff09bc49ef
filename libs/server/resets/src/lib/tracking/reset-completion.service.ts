import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
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
  ) {}

  /**
   * Completes every sent reset whose patient the engagement feed has seen log in since it was sent
   * (the programme's own events: no call to the programme needed). Returns how many.
   */
  async completeFromEngagement(): Promise<number> {
    const done = await this.dataSource.transaction(async (manager) => {
      const [rows] = (await manager.query(
        `WITH due AS (
           SELECT r.id, x.at FROM login_resets r
           CROSS JOIN LATERAL (SELECT min(e.occurred_at) AS at FROM engagement_events e WHERE e.patient_id = r.patient_id AND e.type = 'login' AND e.occurred_at > r.sent_at) x
            WHERE r.status = 'sent' AND x.at IS NOT NULL
         )
         UPDATE login_resets r SET status = 'completed', completed_at = due.at, updated_at = now() FROM due
          WHERE r.id = due.id AND r.status = 'sent'
         RETURNING r.id, r.service_id, r.requested_by_id`,
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
