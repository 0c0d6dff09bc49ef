import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { LiveEventsPublisher } from '@navdesk/server/live';
import { ProgrammeClient, ProgrammeUnavailableError } from '@navdesk/server/programme';
import { ResetCompletionService } from './reset-completion.service';

const CHECK_BATCH = 200;
const CHECK_PARALLEL = 4;

interface Expired {
  id: string;
  service_id: string;
  requested_by_id: string;
}

/**
 * The repeatable job behind sent resets: asks the programme whether each patient has logged in since
 * (least recently checked first, a batch at a time), then expires those still unused after 72 hours.
 * Log-ins the engagement feed has already reported complete resets first, without calling the
 * programme; asking the programme covers patients whose events have not arrived.
 */
@Injectable()
export class ResetTrackingService {
  private readonly logger = new Logger(ResetTrackingService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly programme: ProgrammeClient,
    private readonly completion: ResetCompletionService,
    private readonly live: LiveEventsPublisher,
  ) {}

  async track(now = new Date()): Promise<{ checked: number; completed: number; expired: number }> {
    const fromFeed = await this.completion.completeFromEngagement();
    const { checked, completed } = await this.checkLogins(now);
    const expired = await this.expire(now);
    return { checked, completed: fromFeed + completed, expired };
  }

  async checkLogins(now = new Date()): Promise<{ checked: number; completed: number }> {
    const due: { id: string; patient_id: string; ref: string }[] = await this.dataSource.query(
      `SELECT r.id, r.patient_id, p.ref FROM login_resets r JOIN patients p ON p.id = r.patient_id
        WHERE r.status = 'sent' AND r.expires_at > $1 ORDER BY r.checked_at ASC NULLS FIRST LIMIT ${CHECK_BATCH}`,
      [now],
    );
    let checked = 0;
    let completed = 0;
    for (let i = 0; i < due.length; i += CHECK_PARALLEL) {
      if (this.programme.circuitOpen) break; // the programme is down: look again next run
      const slice = due.slice(i, i + CHECK_PARALLEL);
      const results = await Promise.all(
        slice.map(async (r) => {
          try {
            const account = await this.programme.account(r.ref);
            return this.completion.completeIfLoggedIn(r.patient_id, account.lastLoginAt);
          } catch (e) {
            if (e instanceof ProgrammeUnavailableError) return null;
            this.logger.warn(`could not check reset ${r.id}: ${(e as Error).message}`);
            return false;
          }
        }),
      );
      const looked = slice.filter((_, k) => results[k] !== null).map((r) => r.id);
      if (looked.length) await this.dataSource.query(`UPDATE login_resets SET checked_at = $2 WHERE id = ANY($1)`, [looked, now]);
      checked += looked.length;
      completed += results.filter((r) => r === true).length;
    }
    return { checked, completed };
  }

  /** Sent resets unused for 72 hours lapse; the guard on status makes a repeated sweep a no-op. */
  async expire(now = new Date()): Promise<number> {
    const expired = await this.dataSource.transaction(async (manager) => {
      const [rows] = (await manager.query(
        `UPDATE login_resets SET status = 'expired', expired_at = $1, updated_at = now() WHERE status = 'sent' AND expires_at <= $1
         RETURNING id, service_id, requested_by_id`,
        [now],
      )) as [Expired[], number];
      if (rows.length) {
        await manager.query(
          `INSERT INTO login_reset_events (reset_id, type, detail) SELECT unnest($1::uuid[]), 'expired', 'No log-in within 72 hours of the link being sent'`,
          [rows.map((r) => r.id)],
        );
      }
      return rows;
    });
    for (const r of expired) await this.live.publish('reset.changed', r.id, { serviceId: r.service_id, userIds: [r.requested_by_id] });
    return expired.length;
  }
}
