import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { PreSessionBrief } from '@navdesk/contracts';

/** A prepared pre-session brief, one per upcoming face-to-face session; recomposed when its data changes. */
@Entity({ name: 'patient_briefs' })
@Index('ix_patient_briefs_patient', ['patientId'])
@Index('ix_patient_briefs_pwp_starts', ['pwpId', 'startsAt'])
export class PatientBriefEntity {
  /** The patient_sessions row the brief prepares for. */
  @PrimaryColumn({ type: 'uuid' })
  sessionId!: string;

  @Column({ type: 'uuid' })
  patientId!: string;

  @Column({ type: 'uuid' })
  pwpId!: string;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'jsonb' })
  content!: PreSessionBrief;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  preparedAt!: Date;
}
