import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ROLLUP_DAYS_SQL } from './engagement-rollup.sql';

const BATCH = 2_000;

/** Keeps engagement_daily equal to a recomputation from raw events, a claimed batch of days at a time. */
@Injectable()
export class EngagementRollupService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Recomputes every dirty day; returns how many. Each batch commits on its own, so a crash loses no work. */
  async drain(maxBatches = 50): Promise<number> {
    let total = 0;
    for (let i = 0; i < maxBatches; i++) {
      const days = await this.dataSource.transaction(async (manager) => {
        // Claim: lock the rows (others skip them; a batch writing the same day waits for us).
        const claimed: { patient_id: string; day: string }[] = await manager.query(
          `SELECT patient_id, day::text AS day FROM engagement_dirty_days LIMIT $1 FOR UPDATE SKIP LOCKED`,
          [BATCH],
        );
        if (!claimed.length) return 0;
        const ids = claimed.map((c) => c.patient_id);
        const dayList = claimed.map((c) => c.day);
        await manager.query(ROLLUP_DAYS_SQL, [ids, dayList]);
        await manager.query(`DELETE FROM engagement_dirty_days d USING unnest($1::uuid[], $2::date[]) AS c(patient_id, day) WHERE d.patient_id = c.patient_id AND d.day = c.day`, [ids, dayList]);
        await manager.query(`INSERT INTO engagement_dirty_patients (patient_id) SELECT DISTINCT unnest($1::uuid[]) ON CONFLICT (patient_id) DO UPDATE SET since = engagement_dirty_patients.since`, [ids]);
        return claimed.length;
      });
      total += days;
      if (days < BATCH) break;
    }
    return total;
  }
}
