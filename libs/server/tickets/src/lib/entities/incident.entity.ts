import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { FIXABILITIES, INCIDENT_STATUSES, THEMES, TICKET_CATEGORIES, type Fixability, type IncidentStatus, type Theme, type TicketCategory } from '@navdesk/contracts';
import { ServiceEntity } from '@navdesk/server/access';
import { Timestamped } from '@navdesk/server/core';

/** Repeated usability reports of one fault in one service. */
@Entity({ name: 'incidents' })
@Index('ix_incidents_open_match', ['serviceId', 'category', 'lastSeenAt'], { where: "status = 'open'" })
export class IncidentEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  serviceId!: string;

  @ManyToOne(() => ServiceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'service_id', foreignKeyConstraintName: 'fk_incidents_service' })
  service?: ServiceEntity;

  /** As written (a navigator's edit) or, for an incident started by triage, the ticket's masked title. */
  @Column({ type: 'text' })
  title!: string;

  /** The title with identifiers masked: the only title the API, reports and exports show (incidents are shared). */
  @Column({ type: 'text' })
  titleMasked!: string;

  /** Normalised text of its reports, for pg_trgm similarity matching of new reports (GIN trigram index, made by hand). */
  @Index('ix_incidents_match_text_trgm', { synchronize: false })
  @Column({ type: 'text' })
  matchText!: string;

  @Column({ type: 'enum', enum: TICKET_CATEGORIES, enumName: 'ticket_category' })
  category!: TicketCategory;

  @Column({ type: 'enum', enum: THEMES, enumName: 'study_theme' })
  theme!: Theme;

  @Column({ type: 'enum', enum: INCIDENT_STATUSES, enumName: 'incident_status', default: 'open' })
  status!: IncidentStatus;

  @Column({ type: 'enum', enum: FIXABILITIES, enumName: 'fixability', default: 'unknown' })
  fixability!: Fixability;

  @Column({ type: 'timestamptz' })
  firstSeenAt!: Date;

  @Column({ type: 'timestamptz' })
  lastSeenAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  mergedIntoId!: string | null;

  @VersionColumn({ default: 1 })
  version!: number;
}
