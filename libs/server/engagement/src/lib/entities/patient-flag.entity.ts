import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { FLAG_CAUSES, FLAG_KINDS, FLAG_STATUSES, type FlagCause, type FlagKind, type FlagStatus } from '@navdesk/contracts';
import { UserEntity } from '@navdesk/server/access';
import { PatientEntity } from '@navdesk/server/patients';

/**
 * A flag on a patient: a navigator's task while open or acknowledged; cleared by the worker once its
 * condition ends. At most one live flag of a kind per patient.
 */
@Entity({ name: 'patient_flags' })
@Index('ux_patient_flags_live', ['patientId', 'kind'], { unique: true, where: `status <> 'cleared'` })
@Index('ix_patient_flags_service_status', ['serviceId', 'status', 'raisedAt'])
@Index('ix_patient_flags_patient', ['patientId', 'raisedAt'])
export class PatientFlagEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  patientId!: string;

  @ManyToOne(() => PatientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'patient_id', foreignKeyConstraintName: 'fk_patient_flags_patient' })
  patient?: PatientEntity;

  @Column({ type: 'uuid' })
  serviceId!: string;

  @Column({ type: 'enum', enum: FLAG_KINDS, enumName: 'flag_kind' })
  kind!: FlagKind;

  @Column({ type: 'enum', enum: FLAG_CAUSES, enumName: 'flag_cause' })
  cause!: FlagCause;

  @Column({ type: 'enum', enum: FLAG_STATUSES, enumName: 'flag_status', default: 'open' })
  status!: FlagStatus;

  @Column({ type: 'text' })
  detail!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  raisedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  clearedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  acknowledgedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'acknowledged_by_id', foreignKeyConstraintName: 'fk_patient_flags_acknowledged_by' })
  acknowledgedBy?: UserEntity | null;

  @Column({ type: 'timestamptz', nullable: true })
  acknowledgedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;
}
