import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ServiceEntity, UserEntity } from '@navdesk/server/access';
import { PatientEntity } from '@navdesk/server/patients';

/**
 * Who opened which patient's pre-session brief, and when: the time barrier's evidence (were briefs read
 * before sessions?). Append-only: the runtime role may insert and read, never change or delete a row.
 * The session is kept by its start, not its id: the register replaces a patient's session rows on every feed.
 */
@Entity({ name: 'brief_openings' })
@Index('ix_brief_openings_patient_session', ['patientId', 'sessionStartsAt'])
@Index('ix_brief_openings_service_opened', ['serviceId', 'openedAt'])
export class BriefOpeningEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  serviceId!: string;

  @ManyToOne(() => ServiceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'service_id', foreignKeyConstraintName: 'fk_brief_openings_service' })
  service?: ServiceEntity;

  @Column({ type: 'uuid' })
  patientId!: string;

  @ManyToOne(() => PatientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'patient_id', foreignKeyConstraintName: 'fk_brief_openings_patient' })
  patient?: PatientEntity;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_brief_openings_user' })
  user?: UserEntity;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  openedAt!: Date;

  /** The start of the face-to-face session the brief was prepared for, when known. */
  @Column({ type: 'timestamptz', nullable: true })
  sessionStartsAt!: Date | null;
}
