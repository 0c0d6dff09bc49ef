import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SESSION_MODES, type SessionMode } from '@navdesk/contracts';
import { PatientEntity } from './patient.entity';

/** One of a patient's planned b-CBT sessions (11: 6 face-to-face, 5 online), and whether it was attended. */
@Entity({ name: 'patient_sessions' })
@Index('ux_patient_sessions_number', ['patientId', 'number'], { unique: true })
@Index('ix_patient_sessions_starts_at', ['startsAt'])
export class PatientSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  patientId!: string;

  @ManyToOne(() => PatientEntity, (p) => p.sessions, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'patient_id', foreignKeyConstraintName: 'fk_patient_sessions_patient' })
  patient?: PatientEntity;

  @Column({ type: 'smallint' })
  number!: number;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'enum', enum: SESSION_MODES, enumName: 'session_mode' })
  mode!: SessionMode;

  /** What the records feed says happened: true attended, false missed, null not said (yet). */
  @Column({ type: 'boolean', nullable: true })
  attended!: boolean | null;
}
