import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '@navdesk/server/access';
import { TrainingSessionEntity } from './training-session.entity';

/** A navigator invited a PWP to a session (often because of the questions they asked). */
@Entity({ name: 'training_invitations' })
@Index('ux_training_invitations_session_pwp', ['sessionId', 'pwpId'], { unique: true })
export class TrainingInvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => TrainingSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_training_invitations_session' })
  session?: TrainingSessionEntity;

  @Column({ type: 'uuid' })
  pwpId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pwp_id', foreignKeyConstraintName: 'fk_training_invitations_pwp' })
  pwp?: UserEntity;

  @Column({ type: 'uuid', nullable: true })
  invitedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'invited_by_id', foreignKeyConstraintName: 'fk_training_invitations_invited_by' })
  invitedBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
