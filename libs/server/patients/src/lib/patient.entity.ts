import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { ServiceEntity, UserEntity } from '@navdesk/server/access';
import { Timestamped } from '@navdesk/server/core';
import { PatientSessionEntity } from './patient-session.entity';

/**
 * A patient of the register, known only by the pseudonymous ref the digital programme issues
 * (e.g. P-7QK2M9). No names, NHS numbers, contact details or clinical notes are stored.
 */
@Entity({ name: 'patients' })
@Index('ix_patients_service_pwp', ['serviceId', 'pwpId'])
export class PatientEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ux_patients_ref', { unique: true })
  @Column({ type: 'text' })
  ref!: string;

  @Column({ type: 'uuid' })
  serviceId!: string;

  @ManyToOne(() => ServiceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'service_id', foreignKeyConstraintName: 'fk_patients_service' })
  service?: ServiceEntity;

  @Column({ type: 'uuid' })
  pwpId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'pwp_id', foreignKeyConstraintName: 'fk_patients_pwp' })
  pwp?: UserEntity;

  /**
   * The effective plan: programme module ids the patient must complete. It is the register's plan with
   * the applied tailoring replayed on top (see tailoring's composePlan); flags and briefs read this.
   */
  @Column({ type: 'text', array: true, default: '{}' })
  mandatoryModules!: string[];

  /** The plan as the records feed (register PUT) last sent it: the base that tailoring applies to. */
  @Column({ type: 'text', array: true, default: '{}' })
  registerMandatoryModules!: string[];

  @VersionColumn({ default: 1 })
  version!: number;

  @OneToMany(() => PatientSessionEntity, (s) => s.patient)
  sessions?: PatientSessionEntity[];
}
