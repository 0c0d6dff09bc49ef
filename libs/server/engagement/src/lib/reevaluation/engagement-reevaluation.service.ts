import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EngagementReevaluation } from '@navdesk/server/core';

/** Marks patients on the engagement worker's work list (engagement_dirty_patients), which it drains in batches. */
@Injectable()
export class EngagementReevaluationService implements EngagementReevaluation {
  async markPatients(manager: EntityManager, patientIds: string[]): Promise<void> {
    if (!patientIds.length) return;
    // A patient already marked keeps its mark (and how long it has waited).
    await manager.query(`INSERT INTO engagement_dirty_patients (patient_id) SELECT DISTINCT unnest($1::uuid[]) ON CONFLICT DO NOTHING`, [patientIds]);
  }
}
