import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Work the worker owes, written in the same transaction as the events that caused it, so nothing is
 * lost to a crash or a Redis outage: days whose rollup must be recomputed…
 */
@Entity({ name: 'engagement_dirty_days' })
export class EngagementDirtyDayEntity {
  @PrimaryColumn({ type: 'uuid' })
  patientId!: string;

  @PrimaryColumn({ type: 'date' })
  day!: string;

  /** Bumped each time the day is dirtied again; the rollup clears only the version it recomputed. */
  @Column({ type: 'bigint', default: 0 })
  version!: string;

  /** A drain's claim: others skip the day until then (a crashed drain's claim lapses). */
  @Column({ type: 'timestamptz', nullable: true })
  claimedUntil!: Date | null;
}

/** …and patients whose flags, summary and brief must be re-evaluated (debounced: one row per patient). */
@Entity({ name: 'engagement_dirty_patients' })
export class EngagementDirtyPatientEntity {
  @PrimaryColumn({ type: 'uuid' })
  patientId!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  since!: Date;
}
