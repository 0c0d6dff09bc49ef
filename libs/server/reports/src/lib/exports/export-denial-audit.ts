import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { AuditService } from '@navdesk/server/audit';
import { REDIS_CLIENT, RedisKeys } from '@navdesk/server/core';

export type DownloadDenial = 'bad_link' | 'expired' | 'rate_limited';

/** How long one client IP's logged denial stands for all its others. */
const GATE_SECONDS = 60;
/** An uncollected count of unlogged denials is dropped after a day. */
const COUNT_SECONDS = 86_400;

/**
 * Audits refused downloads without letting anyone flood the audit log through the public link: at
 * most one row per client IP per minute, which carries how many of that address's denials since
 * the previous row were not written. If Redis cannot say, the denial is written: better a row too
 * many than one lost.
 */
@Injectable()
export class ExportDenialAudit {
  constructor(
    private readonly audit: AuditService,
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
    private readonly keys: RedisKeys,
  ) {}

  async record(ip: string, exportId: string, reason: DownloadDenial): Promise<void> {
    const gate = this.keys.key('exports', 'denial-audit', ip);
    const counter = `${gate}:unlogged`;
    let unlogged = 0;
    try {
      const opened = await this.redis.set(gate, '1', 'EX', GATE_SECONDS, 'NX');
      if (opened !== 'OK') {
        await this.redis.multi().incr(counter).expire(counter, COUNT_SECONDS).exec();
        return;
      }
      unlogged = Number((await this.redis.getdel(counter)) ?? 0);
    } catch {
      // Redis unreachable: write the row.
    }
    await this.audit.record({
      actor: { type: 'anonymous', label: ip },
      action: 'report.export.download',
      outcome: 'denied',
      entityType: 'report_export',
      entityId: exportId,
      detail: { reason, unloggedDenialsBefore: unlogged },
    });
  }
}
