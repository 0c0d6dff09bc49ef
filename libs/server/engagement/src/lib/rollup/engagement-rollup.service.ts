import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ROLLUP_DAYS_SQL } from './engagement-rollup.sql';

const BATCH = 2_000;
/** Long enough for any batch's recompute; a crashed drain's days are claimable again after it. */
const CLAIM_SECONDS = 300;

/**
 * Claims up to $1 unclaimed (or lapsed) dirty days in one short statement: other drains skip them, and
 * ingest, which only bumps a day's version, never waits on a recompute.
 */
const CLAIM_SQL = `
  WITH claimed AS (
    UPDATE engagement_dirty_days d SET claimed_until = now() + make_interval(secs => $2)
      FROM (SELECT patient_id, day FROM engagement_dirty_days
             WHERE claimed_until IS NULL OR claimed_until < now()
             LIMIT $1 FOR UPDATE SKIP LOCKED) c
     WHERE d.patient_id = c.patient_id AND d.day = c.day
    RETURNING d.patient_id, d.day::text AS day, d.version::text AS version
  )
  -- A SELECT, so the driver answers rows (an UPDATE's RETURNING comes back as [rows, count]).
  SELECT * FROM claimed`;

/**
 * Clears the days recomputed at the version claimed, and releases the claim of those dirtied again
 * meanwhile (their version moved), for the next round; their patients' flags and briefs are re-evaluated.
 */
const SETTLE_SQL = `
  WITH done AS (SELECT * FROM unnest($1::uuid[], $2::date[], $3::bigint[]) AS c(patient_id, day, version)),
  cleared AS (
    DELETE FROM engagement_dirty_days d USING done
     WHERE d.patient_id = done.patient_id AND d.day = done.day AND d.version = done.version
  ),
  released AS (
    UPDATE engagement_dirty_days d SET claimed_until = NULL FROM done
     WHERE d.patient_id = done.patient_id AND d.day = done.day AND d.version <> done.version
  )
  INSERT INTO engagement_dirty_patients (patient_id) SELECT DISTINCT patient_id FROM done ORDER BY 1
  ON CONFLICT (patient_id) DO UPDATE SET since = engagement_dirty_patients.since`;

const LOCK_DAYS_SQL = `
  SELECT 1 FROM engagement_dirty_days d JOIN unnest($1::uuid[], $2::date[]) AS c(patient_id, day) ON d.patient_id = c.patient_id AND d.day = c.day
   ORDER BY d.patient_id, d.day FOR UPDATE OF d`;

const RELEASE_SQL = `
  UPDATE engagement_dirty_days d SET claimed_until = NULL FROM unnest($1::uuid[], $2::date[]) AS c(patient_id, day)
   WHERE d.patient_id = c.patient_id AND d.day = c.day`;

/** Dirty days claimed by one drain, each at the version it will recompute. */
export interface DirtyDayClaim {
  patientIds: string[];
  days: string[];
  versions: string[];
}

/** Keeps engagement_daily equal to a recomputation from raw events, a claimed batch of days at a time. */
@Injectable()
export class EngagementRollupService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Recomputes every dirty day; returns how many. Each batch is claimed, recomputed and settled in three
   * short steps, none holding a lock that ingest waits on; a crash loses no work (the claim lapses).
   */
  async drain(maxBatches = 50): Promise<number> {
    let total = 0;
    for (let i = 0; i < maxBatches; i++) {
      const claim = await this.claim(BATCH);
      if (!claim.days.length) break;
      await this.recompute(claim);
      await this.settle(claim);
      total += claim.days.length;
      if (claim.days.length < BATCH) break;
    }
    return total;
  }

  async claim(limit: number): Promise<DirtyDayClaim> {
    const rows: { patient_id: string; day: string; version: string }[] = await this.dataSource.query(CLAIM_SQL, [limit, CLAIM_SECONDS]);
    return { patientIds: rows.map((r) => r.patient_id), days: rows.map((r) => r.day), versions: rows.map((r) => r.version) };
  }

  async recompute(claim: DirtyDayClaim): Promise<void> {
    try {
      await this.dataSource.query(ROLLUP_DAYS_SQL, [claim.patientIds, claim.days]);
    } catch (e) {
      // Claimable again at once (the job's retry), rather than when the claim lapses.
      await this.dataSource.query(RELEASE_SQL, [claim.patientIds, claim.days]).catch(() => undefined);
      throw e;
    }
  }

  /** The claimed days are locked in key order first, the order ingest dirties them in, so the two never deadlock. */
  async settle(claim: DirtyDayClaim): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(LOCK_DAYS_SQL, [claim.patientIds, claim.days]);
      await manager.query(SETTLE_SQL, [claim.patientIds, claim.days, claim.versions]);
    });
  }
}
