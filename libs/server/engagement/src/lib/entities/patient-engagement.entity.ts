import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** The caseload's engagement columns for one patient, kept by the worker's evaluation. */
@Entity({ name: 'patient_engagement' })
@Index('ix_patient_engagement_last_login', ['lastLoginAt'])
export class PatientEngagementEntity {
  @PrimaryColumn({ type: 'uuid' })
  patientId!: string;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt!: Date | null;

  @Column({ type: 'int', default: 0 })
  modulesCompleted!: number;

  @Column({ type: 'smallint', nullable: true })
  moodLatest!: number | null;

  @Column({ type: 'smallint', nullable: true })
  moodChange!: number | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  evaluatedAt!: Date;
}
