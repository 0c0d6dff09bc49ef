import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One patient's day (Europe/London) of engagement, recomputed from raw events by the worker whenever
 * that day receives events. Reports and the patient page read this, never the raw events.
 */
@Entity({ name: 'engagement_daily' })
@Index('ix_engagement_daily_service_day', ['serviceId', 'day'])
export class EngagementDailyEntity {
  @PrimaryColumn({ type: 'uuid' })
  patientId!: string;

  @PrimaryColumn({ type: 'date' })
  day!: string;

  @Column({ type: 'uuid' })
  serviceId!: string;

  @Column({ type: 'int', default: 0 })
  logins!: number;

  @Column({ type: 'int', default: 0 })
  modulesStarted!: number;

  @Column({ type: 'int', default: 0 })
  modulesCompleted!: number;

  @Column({ type: 'int', default: 0 })
  moodCount!: number;

  @Column({ type: 'int', default: 0 })
  moodSum!: number;

  @Column({ type: 'smallint', nullable: true })
  moodMin!: number | null;

  @Column({ type: 'smallint', nullable: true })
  moodMax!: number | null;

  /** The day's last rating. */
  @Column({ type: 'smallint', nullable: true })
  moodLast!: number | null;

  @Column({ type: 'int', default: 0 })
  notificationsSent!: number;

  @Column({ type: 'int', default: 0 })
  notificationsDismissed!: number;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt!: Date | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  computedAt!: Date;
}
