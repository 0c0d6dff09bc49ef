import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TRAINING_SESSION_MODES, type TrainingSessionMode } from '@navdesk/contracts';
import { ServiceEntity, UserEntity } from '@navdesk/server/access';
import { Timestamped } from '@navdesk/server/core';
import { TrainingModuleEntity } from './training-module.entity';

/**
 * A session a navigator runs for one service. `booked` is kept with the bookings in one transaction
 * and guarded by a CHECK, so concurrent bookings can never take more seats than `capacity`.
 */
@Entity({ name: 'training_sessions' })
@Index('ix_training_sessions_service_starts', ['serviceId', 'startsAt'])
@Index('ix_training_sessions_module', ['moduleId'])
@Check('ck_training_sessions_seats', '"booked" >= 0 AND "booked" <= "capacity"')
export class TrainingSessionEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  moduleId!: string;

  @ManyToOne(() => TrainingModuleEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'module_id', foreignKeyConstraintName: 'fk_training_sessions_module' })
  module?: TrainingModuleEntity;

  @Column({ type: 'uuid' })
  serviceId!: string;

  @ManyToOne(() => ServiceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'service_id', foreignKeyConstraintName: 'fk_training_sessions_service' })
  service?: ServiceEntity;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'int' })
  durationMinutes!: number;

  @Column({ type: 'enum', enum: TRAINING_SESSION_MODES, enumName: 'training_session_mode', default: 'online' })
  mode!: TrainingSessionMode;

  @Column({ type: 'text', nullable: true })
  location!: string | null;

  @Column({ type: 'int' })
  capacity!: number;

  @Column({ type: 'int', default: 0 })
  booked!: number;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_training_sessions_created_by' })
  createdBy?: UserEntity;
}
