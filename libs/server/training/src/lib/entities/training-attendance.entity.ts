import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '@navdesk/server/access';
import { Timestamped } from '@navdesk/server/core';
import { TrainingSessionEntity } from './training-session.entity';

/** Who attended a session, with their confidence with the programme before and after (1–10). */
@Entity({ name: 'training_attendance' })
@Index('ux_training_attendance_session_pwp', ['sessionId', 'pwpId'], { unique: true })
@Index('ix_training_attendance_pwp', ['pwpId'])
@Check('ck_training_attendance_confidence', '"confidence_before" BETWEEN 1 AND 10 AND "confidence_after" BETWEEN 1 AND 10')
export class TrainingAttendanceEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => TrainingSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_training_attendance_session' })
  session?: TrainingSessionEntity;

  @Column({ type: 'uuid' })
  pwpId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pwp_id', foreignKeyConstraintName: 'fk_training_attendance_pwp' })
  pwp?: UserEntity;

  @Column({ type: 'smallint' })
  confidenceBefore!: number;

  @Column({ type: 'smallint' })
  confidenceAfter!: number;

  @Column({ type: 'uuid', nullable: true })
  recordedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'recorded_by_id', foreignKeyConstraintName: 'fk_training_attendance_recorded_by' })
  recordedBy?: UserEntity;
}
