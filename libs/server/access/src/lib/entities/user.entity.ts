import { Column, Entity, Index, JoinTable, ManyToMany, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { ROLES, type Role } from '@navdesk/contracts';
import { Timestamped } from '@navdesk/server/core';
import { ServiceEntity } from './service.entity';

@Entity({ name: 'users' })
export class UserEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored lower-case; unique. */
  @Index('ux_users_email', { unique: true })
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'enum', enum: ROLES, enumName: 'user_role' })
  role!: Role;

  /** argon2id. Never leaves the identity services. */
  @Column({ type: 'text', select: false })
  passwordHash!: string;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @VersionColumn({ default: 1 })
  version!: number;

  @ManyToMany(() => ServiceEntity, { onDelete: 'CASCADE' })
  @JoinTable({
    name: 'user_services',
    joinColumn: { name: 'user_id', referencedColumnName: 'id', foreignKeyConstraintName: 'fk_user_services_user' },
    inverseJoinColumn: { name: 'service_id', referencedColumnName: 'id', foreignKeyConstraintName: 'fk_user_services_service' },
  })
  services!: ServiceEntity[];
}
