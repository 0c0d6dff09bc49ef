import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ReportReconciliationEntity } from '../entities/report-rollups.entity';
import { ALL_TICKET_KEYS_SQL, CHANGED_TICKET_KEYS_SQL, DRIFTED_TICKET_KEYS_SQL, RECOMPUTE_TICKET_ROLLUPS_SQL } from './ticket-rollup.sql';

/** Tickets changed this long before the watermark are read again: a transaction that began earlier but committed later is not missed. */
export const WATERMARK_OVERLAP_MS = 5 * 60_000;
const CHUNK = 500;

type Key = { service_id: string; day: string };

/**
 * Keeps the ticket rollups up to date: the worker reads tickets changed since the watermark and
 * recomputes their (service, day) buckets from the tickets; nightly, every bucket is recomputed and
 * any that had drifted is reported.
 */
@Injectable()
export class TicketRollupService {
  private readonly logger = new Logger(TicketRollupService.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async refresh(): Promise<{ buckets: number }> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`INSERT INTO report_watermarks (name, watermark) VALUES ('tickets', 'epoch') ON CONFLICT (name) DO NOTHING`);
      // One refresh at a time: a refresh that finds another under way leaves the work to it (no queue of waiting jobs).
      const [row] = (await manager.query(`SELECT watermark, now() AS started FROM report_watermarks WHERE name = 'tickets' FOR UPDATE SKIP LOCKED`)) as { watermark: Date; started: Date }[];
      if (!row) return { buckets: 0 };
      const { watermark, started } = row;
      const since = new Date(new Date(watermark).getTime() - WATERMARK_OVERLAP_MS);
      const keys: Key[] = await manager.query(CHANGED_TICKET_KEYS_SQL, [since]);
      await this.recompute(manager, keys);
      await manager.query(`UPDATE report_watermarks SET watermark = $1, refreshed_at = now() WHERE name = 'tickets'`, [started]);
      return { buckets: keys.length };
    });
  }

  /** Recomputes every bucket from the tickets, first recording the ones whose stored counts differed. */
  async reconcile(): Promise<{ checked: number; drifted: number }> {
    const keys: Key[] = await this.dataSource.query(ALL_TICKET_KEYS_SQL);
    const drifted: { table: string; serviceId: string; day: string }[] = [];
    for (let i = 0; i < keys.length; i += CHUNK) {
      const chunk = keys.slice(i, i + CHUNK);
      await this.dataSource.transaction(async (manager) => {
        drifted.push(...((await manager.query(DRIFTED_TICKET_KEYS_SQL, this.params(chunk))) as typeof drifted));
        await this.recompute(manager, chunk);
      });
    }
    await this.dataSource.getRepository(ReportReconciliationEntity).insert({ bucketsChecked: keys.length, drifted: drifted.length, detail: drifted.slice(0, 50) });
    if (drifted.length) this.logger.warn(`report rollups: ${drifted.length} of ${keys.length} buckets had drifted from the tickets and were recomputed`);
    return { checked: keys.length, drifted: drifted.length };
  }

  private async recompute(manager: EntityManager, keys: Key[]): Promise<void> {
    for (let i = 0; i < keys.length; i += CHUNK) {
      const params = this.params(keys.slice(i, i + CHUNK));
      for (const sql of RECOMPUTE_TICKET_ROLLUPS_SQL) await manager.query(sql, params);
    }
  }

  private params(keys: Key[]): [string[], string[]] {
    return [keys.map((k) => k.service_id), keys.map((k) => k.day)];
  }
}
