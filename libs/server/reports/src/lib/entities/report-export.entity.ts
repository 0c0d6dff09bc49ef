import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { EXPORT_STATUSES, type ExportStatus, type ReportName } from '@navdesk/contracts';
import { UserEntity } from '@navdesk/server/access';
import { Timestamped } from '@navdesk/server/core';

/** A CSV export built by the worker: its progress, then the file, downloadable with a token until it expires. */
@Entity({ name: 'report_exports' })
@Index('ix_report_exports_requested_by', ['requestedById', 'createdAt'])
export class ReportExportEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  requestedById!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'requested_by_id', foreignKeyConstraintName: 'fk_report_exports_requested_by' })
  requestedBy?: UserEntity;

  @Column({ type: 'text' })
  report!: ReportName;

  /** The report's query, validated; the services it covers were resolved when it was asked for. */
  @Column({ type: 'jsonb' })
  params!: Record<string, string>;

  @Column({ type: 'uuid', array: true })
  serviceIds!: string[];

  @Column({ type: 'enum', enum: EXPORT_STATUSES, enumName: 'report_export_status', default: 'queued' })
  status!: ExportStatus;

  @Column({ type: 'int', default: 0 })
  progress!: number;

  @Column({ type: 'int', default: 0 })
  rows!: number;

  @Column({ type: 'text', nullable: true })
  content!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;
}
