import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { RESET_CHANNELS, RESET_STATUSES, type ResetChannel, type ResetStatus } from '@navdesk/contracts';
import { ServiceEntity, UserEntity } from '@navdesk/server/access';
import { Timestamped } from '@navdesk/server/core';
import { PatientEntity } from '@navdesk/server/patients';

/**
 * A log-in reset asked of the programme for one patient, from queued to sent, then completed (the
 * patient logged in again), expired (72 h without) or failed (the programme never took it).
 * At most one reset per patient is under way (queued or sent): the partial unique index is the
 * backstop behind the per-patient advisory lock taken when one is requested.
 */
@Entity({ name: 'login_resets' })
@Index('ux_login_resets_active_patient', ['patientId'], { unique: true, where: `status IN ('queued', 'sent')` })
@Index('ix_login_resets_patient_created', ['patientId', 'createdAt'])
@Index('ix_login_resets_service_status', ['serviceId', 'status', 'createdAt'])
@Index('ix_login_resets_sent_expires', ['status', 'expiresAt'])
export class LoginResetEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  patientId!: string;

  @ManyToOne(() => PatientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'patient_id', foreignKeyConstraintName: 'fk_login_resets_patient' })
  patient?: PatientEntity;

  @Column({ type: 'uuid' })
  serviceId!: string;

  @ManyToOne(() => ServiceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'service_id', foreignKeyConstraintName: 'fk_login_resets_service' })
  service?: ServiceEntity;

  @Column({ type: 'uuid' })
  requestedById!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'requested_by_id', foreignKeyConstraintName: 'fk_login_resets_requested_by' })
  requestedBy?: UserEntity;

  @Column({ type: 'enum', enum: RESET_CHANNELS, enumName: 'reset_channel' })
  channel!: ResetChannel;

  @Column({ type: 'enum', enum: RESET_STATUSES, enumName: 'reset_status', default: 'queued' })
  status!: ResetStatus;

  /** Bumped by a navigator's retry, so the programme sends a fresh message for the new round. */
  @Column({ type: 'int', default: 1 })
  round!: number;

  /** Calls made to the programme, over all rounds. */
  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  failedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  expiredAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  retriedAt!: Date | null;

  /** When the worker last asked the programme whether the patient has logged in. */
  @Column({ type: 'timestamptz', nullable: true })
  checkedAt!: Date | null;

  /** The tech-support ticket opened when the reset failed (tickets domain; no FK across domains). */
  @Column({ type: 'uuid', nullable: true })
  ticketId!: string | null;

  @Column({ type: 'text', nullable: true })
  ticketReference!: string | null;
}
