import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '@navdesk/server/audit';
import { EXPORT_TOMBSTONE_DAYS } from '../reports.constants';

export interface ExportPurgeResult {
  /** Exports whose file was deleted because their link expired. */
  purged: number;
  /** Tombstones (and abandoned exports) older than EXPORT_TOMBSTONE_DAYS, deleted outright. */
  removed: number;
}

/**
 * Deletes every export's file once its link has expired. The row stays, without the file, as a
 * tombstone so the link answers 410 (not 404) for EXPORT_TOMBSTONE_DAYS; then the row goes too.
 * Idempotent: a second run finds nothing to do.
 */
@Injectable()
export class ExportPurgeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async purge(now = new Date()): Promise<ExportPurgeResult> {
    return this.dataSource.transaction(async (manager) => {
      const [purged] = (await manager.query(
        `UPDATE report_exports SET content = NULL, updated_at = now() WHERE content IS NOT NULL AND expires_at <= $1 RETURNING id, report`,
        [now],
      )) as [{ id: string; report: string }[], number];
      for (const row of purged) {
        await this.audit.record({ actor: { type: 'system', label: 'worker' }, action: 'report.export.purged', outcome: 'success', entityType: 'report_export', entityId: row.id, detail: { report: row.report } }, manager);
      }
      const [, removed] = (await manager.query(
        `DELETE FROM report_exports WHERE coalesce(expires_at, created_at) <= $1::timestamptz - make_interval(days => $2)`,
        [now, EXPORT_TOMBSTONE_DAYS],
      )) as [unknown, number];
      return { purged: purged.length, removed: Number(removed ?? 0) };
    });
  }
}
