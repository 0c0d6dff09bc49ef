import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from '@navdesk/server/access';
import { TrainingSessionEntity } from './training-session.entity';

/** Why a PWP was reminded: they hold a seat, or were invited and have not booked one. */
export const TRAINING_REMINDER_REASONS = ['booked', 'invited'] as const;
export type TrainingReminderReason = (typeof TRAINING_REMINDER_REASONS)[number];

/**
 * The day-before reminder a PWP got for a session. Written in the transaction that queues its e-mail
 * (through the outbox) and its bell notification; unique per session and PWP, so a rerun sends nothing twice.
 */
@Entity({ name: 'training_reminders' })
@Index('ux_training_reminders_session_pwp', ['sessionId', 'pwpId'], {
  unique: true,
})
@Index('ix_training_reminders_pwp', ['pwpId'])
export class TrainingReminderEntity {
  @PrimaryGeneratedColumn('uuid', {
    primaryKeyConstraintName: 'pk_training_reminders',
  })
  id!: string;

  @Column({ type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => TrainingSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'session_id',
    foreignKeyConstraintName: 'fk_training_reminders_session',
  })
  session?: TrainingSessionEntity;

  @Column({ type: 'uuid' })
  pwpId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'pwp_id',
    foreignKeyConstraintName: 'fk_training_reminders_pwp',
  })
  pwp?: UserEntity;

  @Column({
    type: 'enum',
    enum: TRAINING_REMINDER_REASONS,
    enumName: 'training_reminder_reason',
  })
  reason!: TrainingReminderReason;

  /** When the reminder was queued. */
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
