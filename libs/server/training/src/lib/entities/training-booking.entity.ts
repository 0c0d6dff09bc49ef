import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '@navdesk/server/access';
import { Timestamped } from '@navdesk/server/core';
import { TrainingSessionEntity } from './training-session.entity';

export const TRAINING_BOOKING_STATUSES = ['booked', 'cancelled'] as const;
export type TrainingBookingStatus = (typeof TRAINING_BOOKING_STATUSES)[number];

/** A PWP's seat; one live booking per PWP and session (partial unique index), cancelled ones kept. */
@Entity({ name: 'training_bookings' })
@Index('ux_training_bookings_live', ['sessionId', 'pwpId'], { unique: true, where: `"status" = 'booked'` })
@Index('ix_training_bookings_pwp', ['pwpId', 'createdAt'])
export class TrainingBookingEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => TrainingSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_training_bookings_session' })
  session?: TrainingSessionEntity;

  @Column({ type: 'uuid' })
  pwpId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pwp_id', foreignKeyConstraintName: 'fk_training_bookings_pwp' })
  pwp?: UserEntity;

  @Column({ type: 'enum', enum: TRAINING_BOOKING_STATUSES, enumName: 'training_booking_status', default: 'booked' })
  status!: TrainingBookingStatus;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;
}
