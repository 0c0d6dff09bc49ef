import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { NOTIFICATION_CHANGE_STATUSES, REMINDER_FREQUENCIES, type NotificationChangeStatus, type ReminderFrequency } from '@navdesk/contracts';
import { ServiceEntity, UserEntity } from '@navdesk/server/access';
import { Timestamped } from '@navdesk/server/core';
import { PatientEntity } from '@navdesk/server/patients';

/**
 * A navigator's change to a patient's reminders, applied through the programme by the worker.
 * Kept for good: reports count them as the answer given to notification overload.
 */
@Entity({ name: 'notification_changes' })
@Index('ix_notification_changes_patient', ['patientId', 'createdAt'])
@Index('ix_notification_changes_service', ['serviceId', 'createdAt'])
export class NotificationChangeEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  patientId!: string;

  @ManyToOne(() => PatientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'patient_id', foreignKeyConstraintName: 'fk_notification_changes_patient' })
  patient?: PatientEntity;

  @Column({ type: 'uuid' })
  serviceId!: string;

  @ManyToOne(() => ServiceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'service_id', foreignKeyConstraintName: 'fk_notification_changes_service' })
  service?: ServiceEntity;

  @Column({ type: 'uuid' })
  requestedById!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'requested_by_id', foreignKeyConstraintName: 'fk_notification_changes_requested_by' })
  requestedBy?: UserEntity;

  @Column({ type: 'enum', enum: NOTIFICATION_CHANGE_STATUSES, enumName: 'notification_change_status', default: 'queued' })
  status!: NotificationChangeStatus;

  @Column({ type: 'enum', enum: REMINDER_FREQUENCIES, enumName: 'reminder_frequency' })
  reminderFrequency!: ReminderFrequency;

  /** 'HH:MM' local times; both null when the patient has no quiet hours. */
  @Column({ type: 'text', nullable: true })
  quietFrom!: string | null;

  @Column({ type: 'text', nullable: true })
  quietTo!: string | null;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  appliedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  failedAt!: Date | null;
}
