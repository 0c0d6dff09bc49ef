import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import {
  FIXABILITIES,
  PRIORITIES,
  SEVERITIES,
  THEMES,
  TICKET_CATEGORIES,
  TICKET_KINDS,
  TICKET_STATUSES,
  type Fixability,
  type Priority,
  type Severity,
  type Theme,
  type TicketCategory,
  type TicketKind,
  type TicketStatus,
} from '@navdesk/contracts';
import { ServiceEntity, UserEntity } from '@navdesk/server/access';
import { Timestamped } from '@navdesk/server/core';
import { PatientEntity } from '@navdesk/server/patients';
import { IncidentEntity } from './incident.entity';

/** A tech-support request or usability report. `reference` (ND-000001…) is what people quote. */
@Entity({ name: 'tickets' })
@Index('ux_tickets_reporter_idempotency', ['reporterId', 'idempotencyKey'], { unique: true, where: 'idempotency_key IS NOT NULL' })
@Index('ix_tickets_service_status_due', ['serviceId', 'status', 'slaDueAt'])
@Index('ix_tickets_reporter', ['reporterId', 'createdAt'])
@Index('ix_tickets_assignee_status', ['assigneeId', 'status'])
@Index('ix_tickets_incident', ['incidentId'])
// Reports: the rollup refresh reads tickets changed since its watermark, and rebuilds a service's day.
@Index('ix_tickets_updated_at', ['updatedAt'])
@Index('ix_tickets_service_created', ['serviceId', 'createdAt'])
export class TicketEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ux_tickets_reference', { unique: true })
  @Column({ type: 'text' })
  reference!: string;

  @Column({ type: 'uuid' })
  serviceId!: string;

  @ManyToOne(() => ServiceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'service_id', foreignKeyConstraintName: 'fk_tickets_service' })
  service?: ServiceEntity;

  @Column({ type: 'uuid' })
  reporterId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reporter_id', foreignKeyConstraintName: 'fk_tickets_reporter' })
  reporter?: UserEntity;

  @Column({ type: 'enum', enum: TICKET_KINDS, enumName: 'ticket_kind' })
  kind!: TicketKind;

  @Column({ type: 'enum', enum: TICKET_STATUSES, enumName: 'ticket_status', default: 'new' })
  status!: TicketStatus;

  @Column({ type: 'text' })
  title!: string;

  /** The title with identifiers masked (see maskIdentifiers), written with it: what managers, reports and exports read. */
  @Column({ type: 'text' })
  titleMasked!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'text' })
  descriptionMasked!: string;

  @Column({ type: 'uuid', nullable: true })
  patientId!: string | null;

  @ManyToOne(() => PatientEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'patient_id', foreignKeyConstraintName: 'fk_tickets_patient' })
  patient?: PatientEntity | null;

  @Column({ type: 'enum', enum: SEVERITIES, enumName: 'ticket_severity', default: 'medium' })
  severity!: Severity;

  /** Given by the reporter, else set by triage. */
  @Column({ type: 'enum', enum: TICKET_CATEGORIES, enumName: 'ticket_category', nullable: true })
  category!: TicketCategory | null;

  @Column({ type: 'enum', enum: THEMES, enumName: 'study_theme', nullable: true })
  theme!: Theme | null;

  @Column({ type: 'enum', enum: PRIORITIES, enumName: 'ticket_priority', nullable: true })
  priority!: Priority | null;

  @Column({ type: 'timestamptz', nullable: true })
  slaDueAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  breachedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  assigneeId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'assignee_id', foreignKeyConstraintName: 'fk_tickets_assignee' })
  assignee?: UserEntity | null;

  @Column({ type: 'uuid', nullable: true })
  incidentId!: string | null;

  @ManyToOne(() => IncidentEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'incident_id', foreignKeyConstraintName: 'fk_tickets_incident' })
  incident?: IncidentEntity | null;

  @Column({ type: 'enum', enum: FIXABILITIES, enumName: 'fixability', default: 'unknown' })
  fixability!: Fixability;

  @Column({ type: 'boolean', default: false })
  riskFlag!: boolean;

  @Column({ type: 'text', nullable: true })
  idempotencyKey!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  triagedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  firstResponseAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  /** Set while `waiting_on_reporter`: the SLA clock is paused from this moment. */
  @Column({ type: 'timestamptz', nullable: true })
  pausedAt!: Date | null;

  /** Business minutes spent waiting on the reporter so far; added to the SLA. */
  @Column({ type: 'integer', default: 0 })
  pausedMinutes!: number;

  @Column({ type: 'boolean', nullable: true })
  feedbackSolved!: boolean | null;

  @Column({ type: 'boolean', nullable: true })
  feedbackDisruptedTherapy!: boolean | null;

  @Column({ type: 'timestamptz', nullable: true })
  feedbackAt!: Date | null;

  @VersionColumn({ default: 1 })
  version!: number;
}
