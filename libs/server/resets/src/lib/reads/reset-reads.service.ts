import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ResetStatus } from '@navdesk/contracts';
import type { PatientResetSummary, ResetReads } from '@navdesk/server/core';

/** A reset still in flight: not yet expired or completed (a failed one still needs someone). */
export const PENDING_RESET_STATUSES: readonly ResetStatus[] = ['queued', 'sent', 'failed'];

/** The resets domain's read port: other domains see its table only through these queries. */
@Injectable()
export class ResetReadsService implements ResetReads {
  async recentForPatients(manager: EntityManager, patientIds: string[], query: { since: Date; limit: number }): Promise<PatientResetSummary[]> {
    if (!patientIds.length) return [];
    // One query for every patient; the window keeps each patient's newest `limit`.
    const rows: { id: string; patient_id: string; status: ResetStatus; created_at: Date }[] = await manager.query(
      `SELECT id, patient_id, status, created_at FROM (
         SELECT id, patient_id, status, created_at, row_number() OVER (PARTITION BY patient_id ORDER BY created_at DESC) AS nth
           FROM login_resets WHERE patient_id = ANY($1) AND (status = ANY($2::reset_status[]) OR created_at >= $3)) r
        WHERE nth <= $4 ORDER BY created_at DESC`,
      [patientIds, PENDING_RESET_STATUSES, query.since, query.limit],
    );
    return rows.map((r) => ({ id: r.id, patientId: r.patient_id, status: r.status, createdAt: new Date(r.created_at) }));
  }

  async pendingSince(manager: EntityManager, patientIds: string[], since: Date): Promise<Set<string>> {
    if (!patientIds.length) return new Set();
    const rows: { patient_id: string }[] = await manager.query(
      `SELECT DISTINCT patient_id FROM login_resets WHERE patient_id = ANY($1) AND status = ANY($2::reset_status[]) AND created_at > $3`,
      [patientIds, PENDING_RESET_STATUSES, since],
    );
    return new Set(rows.map((r) => r.patient_id));
  }
}
