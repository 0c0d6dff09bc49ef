import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { RESET_EVENT_TYPES, type ResetEventType } from '@navdesk/contracts';
import { UserEntity } from '@navdesk/server/access';
import { LoginResetEntity } from './login-reset.entity';

/** One line of a reset's timeline. */
@Entity({ name: 'login_reset_events' })
@Index('ix_login_reset_events_reset', ['resetId', 'at'])
export class LoginResetEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  resetId!: string;

  @ManyToOne(() => LoginResetEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reset_id', foreignKeyConstraintName: 'fk_login_reset_events_reset' })
  reset?: LoginResetEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'enum', enum: RESET_EVENT_TYPES, enumName: 'reset_event_type' })
  type!: ResetEventType;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'fk_login_reset_events_actor' })
  actor?: UserEntity | null;

  @Column({ type: 'text', nullable: true })
  detail!: string | null;
}
