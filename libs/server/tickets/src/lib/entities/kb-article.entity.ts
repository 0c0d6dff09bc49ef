import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TICKET_CATEGORIES, type TicketCategory } from '@navdesk/contracts';
import { Timestamped } from '@navdesk/server/core';

/** A short knowledge-base article for a common fault or question. */
@Entity({ name: 'kb_articles' })
@Index('ix_kb_articles_category', ['category'])
export class KbArticleEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'enum', enum: TICKET_CATEGORIES, enumName: 'ticket_category' })
  category!: TicketCategory;

  @Column({ type: 'text', array: true, default: '{}' })
  tags!: string[];

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;
}
