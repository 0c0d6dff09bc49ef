import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Tickets per service, London day of creation, and theme or category (the two groupings of usability
 * trends), with how many were fixable and not fixable: what the trends read. Rebuilt per (service, day)
 * from the tickets, so a bucket is always a recomputation, never an increment.
 */
@Entity({ name: 'report_ticket_daily' })
@Index('ix_report_ticket_daily_dimension_day', ['dimension', 'day'])
export class ReportTicketDailyEntity {
  @PrimaryColumn({ type: 'uuid' })
  serviceId!: string;

  @PrimaryColumn({ type: 'date' })
  day!: string;

  /** 'theme' or 'category'. */
  @PrimaryColumn({ type: 'text' })
  dimension!: string;

  /** The theme or category; 'none' until triage has set one. */
  @PrimaryColumn({ type: 'text' })
  key!: string;

  @Column({ type: 'int' })
  tickets!: number;

  @Column({ type: 'int' })
  fixable!: number;

  @Column({ type: 'int' })
  notFixable!: number;
}

/**
 * Operations per service, London day of creation and priority: counts, SLA met, and the minutes to
 * first response and to resolution (arrays, so medians over any window stay exact).
 */
@Entity({ name: 'report_ticket_ops_daily' })
@Index('ix_report_ticket_ops_daily_day', ['day'])
export class ReportTicketOpsDailyEntity {
  @PrimaryColumn({ type: 'uuid' })
  serviceId!: string;

  @PrimaryColumn({ type: 'date' })
  day!: string;

  /** 'none' until triage has set one. */
  @PrimaryColumn({ type: 'text' })
  priority!: string;

  @Column({ type: 'int' })
  tickets!: number;

  @Column({ type: 'int' })
  resolved!: number;

  @Column({ type: 'int' })
  slaMet!: number;

  @Column({ type: 'int', array: true, default: '{}' })
  firstResponseMinutes!: number[];

  @Column({ type: 'int', array: true, default: '{}' })
  resolutionMinutes!: number[];
}

/** How far each rollup has read its source (the worker's incremental refresh). */
@Entity({ name: 'report_watermarks' })
export class ReportWatermarkEntity {
  @PrimaryColumn({ type: 'text' })
  name!: string;

  @Column({ type: 'timestamptz' })
  watermark!: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  refreshedAt!: Date;
}

/** Each nightly reconciliation: rollup buckets recomputed from raw rows, and any that had drifted. */
@Entity({ name: 'report_reconciliations' })
export class ReportReconciliationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  ranAt!: Date;

  @Column({ type: 'int' })
  bucketsChecked!: number;

  @Column({ type: 'int' })
  drifted!: number;

  /** Up to 50 drifted buckets: service, day, table. */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  detail!: { table: string; serviceId: string; day: string }[];
}
