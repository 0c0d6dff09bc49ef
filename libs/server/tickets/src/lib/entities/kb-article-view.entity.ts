import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '@navdesk/server/access';
import { KbArticleEntity } from './kb-article.entity';

/**
 * An article opened from the raise-an-issue form. `ticketId` is set if a ticket was raised from the same
 * draft; the rest are questions the knowledge base answered ("deflected").
 */
@Entity({ name: 'kb_article_views' })
@Index('ix_kb_article_views_draft', ['userId', 'draftId'])
export class KbArticleViewEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  articleId!: string;

  @ManyToOne(() => KbArticleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id', foreignKeyConstraintName: 'fk_kb_article_views_article' })
  article?: KbArticleEntity;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_kb_article_views_user' })
  user?: UserEntity;

  @Column({ type: 'uuid' })
  draftId!: string;

  @Column({ type: 'uuid', nullable: true })
  ticketId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  openedAt!: Date;
}
