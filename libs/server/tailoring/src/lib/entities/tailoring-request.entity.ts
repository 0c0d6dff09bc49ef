import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { TAILORING_ACTIONS, TAILORING_DECISIONS, TAILORING_STATUSES, type TailoringAction, type TailoringDecision, type TailoringStatus } from '@navdesk/contracts';
import { ServiceEntity, UserEntity } from '@navdesk/server/access';
import { Timestamped } from '@navdesk/server/core';
import { PatientEntity } from '@navdesk/server/patients';

/**
 * A PWP's request to skip, replace or add a programme module for one patient, the navigator's decision,
 * and (when approved) its application through the programme. One open request per patient and module.
 */
@Entity({ name: 'tailoring_requests' })
@Index('ix_tailoring_requests_service_status', ['serviceId', 'status', 'createdAt'])
@Index('ix_tailoring_requests_patient', ['patientId', 'createdAt'])
@Index('ix_tailoring_requests_requested_by', ['requestedById', 'createdAt'])
@Index('ux_tailoring_requests_open', ['patientId', 'moduleId'], { unique: true, where: `"status" IN ('pending', 'queued')` })
export class TailoringRequestEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  patientId!: string;

  @ManyToOne(() => PatientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'patient_id', foreignKeyConstraintName: 'fk_tailoring_requests_patient' })
  patient?: PatientEntity;

  @Column({ type: 'uuid' })
  serviceId!: string;

  @ManyToOne(() => ServiceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'service_id', foreignKeyConstraintName: 'fk_tailoring_requests_service' })
  service?: ServiceEntity;

  @Column({ type: 'uuid' })
  requestedById!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'requested_by_id', foreignKeyConstraintName: 'fk_tailoring_requests_requested_by' })
  requestedBy?: UserEntity;

  @Column({ type: 'enum', enum: TAILORING_ACTIONS, enumName: 'tailoring_action' })
  action!: TailoringAction;

  /** Programme module id (e.g. m04-problem-solving). */
  @Column({ type: 'text' })
  moduleId!: string;

  @Column({ type: 'text', nullable: true })
  replacementModuleId!: string | null;

  @Column({ type: 'text' })
  reason!: string;

  /** The reason with identifiers masked (maskIdentifiers), written with it: what the vendor pack reads. */
  @Column({ type: 'text' })
  reasonMasked!: string;

  @Column({ type: 'enum', enum: TAILORING_STATUSES, enumName: 'tailoring_status', default: 'pending' })
  status!: TailoringStatus;

  @Column({ type: 'enum', enum: TAILORING_DECISIONS, enumName: 'tailoring_decision', nullable: true })
  decision!: TailoringDecision | null;

  @Column({ type: 'uuid', nullable: true })
  decidedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decided_by_id', foreignKeyConstraintName: 'fk_tailoring_requests_decided_by' })
  decidedBy?: UserEntity | null;

  @Column({ type: 'text', nullable: true })
  decisionNote!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  /** Calls to the programme so far, and the round (a retry by a navigator starts a new one). */
  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ type: 'int', default: 0 })
  round!: number;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  appliedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  failedAt!: Date | null;

  /**
   * When a records feed made this applied change pointless (its module left the plan, or became
   * mandatory anyway). A moot change no longer takes part in the plan; navigators are told once.
   */
  @Column({ type: 'timestamptz', nullable: true })
  mootAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  mootReason!: string | null;

  /** The tech-support ticket opened when applying failed for good. */
  @Column({ type: 'uuid', nullable: true })
  ticketId!: string | null;

  @VersionColumn({ default: 1 })
  version!: number;
}
