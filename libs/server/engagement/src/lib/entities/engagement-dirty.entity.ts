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
}

/** …and patients whose flags, summary and brief must be re-evaluated (debounced: one row per patient). */
@Entity({ name: 'engagement_dirty_patients' })
export class EngagementDirtyPatientEntity {
  @PrimaryColumn({ type: 'uuid' })
  patientId!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  since!: Date;
}
