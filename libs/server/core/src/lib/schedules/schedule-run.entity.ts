import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

const bigintAsNumber = { to: (v: number): number => v, from: (v: string | null): number => Number(v) };

/**
 * One row per scheduled job (queue + name), seeded when a worker registers it and updated around each
 * run. It lives in Postgres so that health and the admin page still know a schedule after Redis lost it.
 */
@Entity({ name: 'schedule_runs' })
export class ScheduleRunEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_schedule_runs' })
  queue!: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_schedule_runs' })
  name!: string;

  @Column({ type: 'integer', nullable: true })
  everyMs!: number | null;

  @Column({ type: 'text', nullable: true })
  pattern!: string | null;

  @Column({ type: 'text', nullable: true })
  tz!: string | null;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  expectedIntervalMs!: number;

  @Column({ type: 'timestamptz' })
  registeredAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lastStartedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastSucceededAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastFailedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
