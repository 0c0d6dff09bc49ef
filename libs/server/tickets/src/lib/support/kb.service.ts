import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { KbArticleView, Page } from '@navdesk/contracts';
import type { UserPrincipal } from '@navdesk/server/access';
import { cursorPart, defineCursor } from '@navdesk/server/core';
import { KbArticleViewEntity } from '../entities/kb-article-view.entity';
import { KbArticleEntity } from '../entities/kb-article.entity';
import type { CreateKbArticleDto, ListKbDto } from './support.dto';

const KB_CURSOR = defineCursor(cursorPart.text, cursorPart.uuid);

export function toKbView(a: KbArticleEntity): KbArticleView {
  return { id: a.id, title: a.title, summary: a.summary, body: a.body, category: a.category, tags: a.tags, updatedAt: a.updatedAt.toISOString() };
}

/** Knowledge base: search ranks by trigram word similarity to the question, so typos still find answers. */
@Injectable()
export class KbService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(q: ListKbDto): Promise<Page<KbArticleView>> {
    const repo = this.dataSource.getRepository(KbArticleEntity);
    const text = q.q?.trim();
    if (text) {
      // A ranked search is one short page: the best few answers, no cursor.
      const rows = await repo
        .createQueryBuilder('a')
        .addSelect(`word_similarity(:text, a.title || ' ' || a.summary || ' ' || array_to_string(a.tags, ' '))`, 'score')
        .where(`word_similarity(:text, a.title || ' ' || a.summary || ' ' || array_to_string(a.tags, ' ')) > 0.25`, { text })
        .andWhere(q.category ? 'a.category = :category' : '1 = 1', { category: q.category })
        .orderBy('score', 'DESC')
        .take(q.limit)
        .getMany();
      return { items: rows.map(toKbView), nextCursor: null };
    }
    const after = KB_CURSOR.decode(q.cursor);
    const qb = repo.createQueryBuilder('a').orderBy('a.title', 'ASC').addOrderBy('a.id', 'ASC');
    if (q.category) qb.andWhere('a.category = :category', { category: q.category });
    if (after) qb.andWhere('(a.title, a.id) > (:title, :id)', { title: after[0], id: after[1] });
    const rows = await qb.take(q.limit + 1).getMany();
    return KB_CURSOR.page(rows, q.limit, toKbView, (a) => [a.title, a.id]);
  }

  async one(id: string): Promise<KbArticleView> {
    const a = await this.dataSource.getRepository(KbArticleEntity).findOne({ where: { id } });
    if (!a) throw new NotFoundException('Article not found');
    return toKbView(a);
  }

  async create(dto: CreateKbArticleDto, user: UserPrincipal): Promise<KbArticleView> {
    const repo = this.dataSource.getRepository(KbArticleEntity);
    const saved = await repo.save(repo.create({ title: dto.title.trim(), summary: dto.summary.trim(), body: dto.body, category: dto.category, tags: dto.tags ?? [], createdById: user.userId }));
    return toKbView(saved);
  }

  async opened(articleId: string, draftId: string, user: UserPrincipal): Promise<void> {
    await this.one(articleId);
    await this.dataSource.getRepository(KbArticleViewEntity).insert({ articleId, draftId, userId: user.userId, ticketId: null });
  }
}
