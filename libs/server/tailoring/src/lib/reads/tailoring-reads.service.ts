import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { TailoringAction, TailoringStatus } from '@navdesk/contracts';
import type { PatientTailoringSummary, TailoringReads } from '@navdesk/server/core';

/** A request still open: awaiting a decision, waiting to be applied, or failed (someone must act). */
export const OPEN_TAILORING_STATUSES: readonly TailoringStatus[] = ['pending', 'queued', 'failed'];

interface RequestRow {
  id: string;
  patient_id: string;
  action: TailoringAction;
  module_id: string;
  replacement_module_id: string | null;
  status: TailoringStatus;
  decision_note: string | null;
}

/** The tailoring domain's read port: other domains see its table only through these queries. */
@Injectable()
export class TailoringReadsService implements TailoringReads {
  async recentForPatients(manager: EntityManager, patientIds: string[], query: { since: Date; limit: number }): Promise<PatientTailoringSummary[]> {
    if (!patientIds.length) return [];
    // One query for every patient; the window keeps each patient's newest `limit`.
    const rows: RequestRow[] = await manager.query(
      `SELECT id, patient_id, action, module_id, replacement_module_id, status, decision_note FROM (
         SELECT *, row_number() OVER (PARTITION BY patient_id ORDER BY created_at DESC) AS nth FROM tailoring_requests
          WHERE patient_id = ANY($1) AND (status = ANY($2::tailoring_status[]) OR greatest(created_at, decided_at, applied_at, failed_at) >= $3)) r
        WHERE nth <= $4 ORDER BY created_at DESC`,
      [patientIds, OPEN_TAILORING_STATUSES, query.since, query.limit],
    );
    return rows.map((r) => ({
      id: r.id,
      patientId: r.patient_id,
      action: r.action,
      moduleId: r.module_id,
      replacementModuleId: r.replacement_module_id,
      status: r.status,
      decisionNote: r.decision_note,
    }));
  }
}
