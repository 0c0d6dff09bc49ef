import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ServiceEntity } from './service.entity';
import { UserEntity } from './user.entity';

/** A machine client's key for one service (the digital programme's feed). Stored as a keyed hash. */
@Entity({ name: 'integration_keys' })
@Index('ix_integration_keys_service', ['serviceId'])
export class IntegrationKeyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  serviceId!: string;

  @ManyToOne(() => ServiceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'service_id', foreignKeyConstraintName: 'fk_integration_keys_service' })
  service?: ServiceEntity;

  @Column({ type: 'text' })
  name!: string;

  /** The first characters of the key, so an admin can tell keys apart without the secret. */
  @Column({ type: 'text' })
  keyPrefix!: string;

  @Index('ux_integration_keys_key_hash', { unique: true })
  @Column({ type: 'text' })
  keyHash!: string;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_integration_keys_created_by' })
  createdBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;
}
