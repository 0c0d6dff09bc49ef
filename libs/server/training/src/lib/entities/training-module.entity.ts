import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TRAINING_FORMATS, TRAINING_TOPICS, type TrainingFormat, type TrainingTopic } from '@navdesk/contracts';
import { ServiceEntity, UserEntity } from '@navdesk/server/access';
import { Timestamped } from '@navdesk/server/core';

/** A training resource for PWPs: shared by every service (service null) or one service's own. */
@Entity({ name: 'training_modules' })
@Index('ix_training_modules_topic', ['topic'])
export class TrainingModuleEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'enum', enum: TRAINING_TOPICS, enumName: 'training_topic' })
  topic!: TrainingTopic;

  @Column({ type: 'enum', enum: TRAINING_FORMATS, enumName: 'training_format' })
  format!: TrainingFormat;

  @Column({ type: 'int' })
  durationMinutes!: number;

  @Column({ type: 'text', nullable: true })
  materialUrl!: string | null;

  @Column({ type: 'text', default: '' })
  description!: string;

  /** Part of the core induction every PWP should complete. */
  @Column({ type: 'boolean', default: false })
  core!: boolean;

  @Column({ type: 'uuid', nullable: true })
  serviceId!: string | null;

  @ManyToOne(() => ServiceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'service_id', foreignKeyConstraintName: 'fk_training_modules_service' })
  service?: ServiceEntity;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_training_modules_created_by' })
  createdBy?: UserEntity;
}
