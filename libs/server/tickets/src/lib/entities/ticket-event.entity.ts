import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TIMELINE_TYPES, type TimelineType } from '@navdesk/contracts';
import { UserEntity } from '@navdesk/server/access';
import { TicketEntity } from './ticket.entity';

/** One line of a ticket's timeline: replies, internal notes, status changes, assignments… */
@Entity({ name: 'ticket_events' })
@Index('ix_ticket_events_ticket', ['ticketId', 'at'])
export class TicketEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  ticketId!: string;

  @ManyToOne(() => TicketEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ticket_id', foreignKeyConstraintName: 'fk_ticket_events_ticket' })
  ticket?: TicketEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'enum', enum: TIMELINE_TYPES, enumName: 'timeline_type' })
  type!: TimelineType;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'fk_ticket_events_actor' })
  actor?: UserEntity | null;

  @Column({ type: 'text', nullable: true })
  body!: string | null;

  /** The body with identifiers masked, written with it (null when there is no body): what managers read. */
  @Column({ type: 'text', nullable: true })
  bodyMasked!: string | null;

  @Column({ type: 'text', nullable: true })
  field!: string | null;

  @Column({ type: 'text', nullable: true })
  fromValue!: string | null;

  @Column({ type: 'text', nullable: true })
  toValue!: string | null;

  /** Internal notes and navigator-only events never reach the reporter. */
  @Column({ type: 'boolean', default: false })
  internal!: boolean;
}
