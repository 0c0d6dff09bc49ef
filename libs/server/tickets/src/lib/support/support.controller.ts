import { Body, Controller, Delete, Get, HttpCode, HttpStatus, NotFoundException, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, type DataSource } from 'typeorm';
import { ROLES, type CannedReplyView, type KbArticleView, type NavigatorView, type Page } from '@navdesk/contracts';
import { CannedReplyViewSchema, KbArticleViewSchema, NavigatorViewSchema } from '@navdesk/contracts/schemas';
import { canReachService, CurrentUser, Roles, UserEntity, type UserPrincipal } from '@navdesk/server/access';
import { ApiAnswer, ApiNoContent, ApiPageAnswer, InvalidInputException, uuidParam } from '@navdesk/server/core';
import { CannedReplyEntity } from '../entities/canned-reply.entity';
import { KbService } from './kb.service';
import { CreateCannedReplyDto, CreateKbArticleDto, KbOpenedDto, ListKbDto, NavigatorsQueryDto } from './support.dto';

const toCanned = (c: CannedReplyEntity): CannedReplyView => ({ id: c.id, title: c.title, body: c.body, serviceId: c.serviceId, createdById: c.createdById });

@ApiTags('support')
@Controller()
export class SupportController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly kb: KbService,
  ) {}

  @Roles(...ROLES)
  @Get('kb/articles')
  @ApiOperation({ summary: 'Search the knowledge base', description: 'Articles that may answer a question before a ticket is raised.' })
  @ApiPageAnswer(KbArticleViewSchema)
  listArticles(@Query() query: ListKbDto): Promise<Page<KbArticleView>> {
    return this.kb.list(query);
  }

  @Roles(...ROLES)
  @Get('kb/articles/:id')
  @ApiOperation({ summary: 'Read a knowledge-base article' })
  @ApiAnswer(200, KbArticleViewSchema)
  article(@Param('id', uuidParam('id')) id: string): Promise<KbArticleView> {
    return this.kb.one(id);
  }

  @Roles('navigator')
  @Post('kb/articles')
  @ApiOperation({ summary: 'Write a knowledge-base article' })
  @ApiAnswer(201, KbArticleViewSchema)
  createArticle(@Body() body: CreateKbArticleDto, @CurrentUser() user: UserPrincipal): Promise<KbArticleView> {
    return this.kb.create(body, user);
  }

  /** Counts a suggestion opened from the raise-an-issue form (deflection when no ticket follows). */
  @Roles('pwp', 'navigator')
  @Post('kb/articles/:id/opened')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Count an article opened from the raise-an-issue form', description: 'Deflection: no ticket following it counts as an answered question.' })
  @ApiNoContent()
  opened(@Param('id', uuidParam('id')) id: string, @Body() body: KbOpenedDto, @CurrentUser() user: UserPrincipal): Promise<void> {
    return this.kb.opened(id, body.draftId, user);
  }

  @Roles('navigator')
  @Get('canned-replies')
  @ApiOperation({ summary: 'List the caller’s canned replies and their services’ shared ones' })
  @ApiAnswer(200, [CannedReplyViewSchema])
  async cannedReplies(@CurrentUser() user: UserPrincipal): Promise<CannedReplyView[]> {
    const rows = await this.dataSource
      .getRepository(CannedReplyEntity)
      .createQueryBuilder('c')
      .where('(c.service_id IS NULL AND c.created_by_id = :me) OR c.service_id IN (:...services)', { me: user.userId, services: user.serviceIds.length ? user.serviceIds : ['00000000-0000-0000-0000-000000000000'] })
      .orderBy('c.title', 'ASC')
      .getMany();
    return rows.map(toCanned);
  }

  @Roles('navigator')
  @Post('canned-replies')
  @ApiOperation({ summary: 'Save a canned reply, the caller’s own or shared with a service' })
  @ApiAnswer(201, CannedReplyViewSchema)
  async createCannedReply(@Body() body: CreateCannedReplyDto, @CurrentUser() user: UserPrincipal): Promise<CannedReplyView> {
    if (body.serviceId && !canReachService(user, body.serviceId)) throw new InvalidInputException([{ field: 'serviceId', message: 'serviceId is not one of your services' }]);
    const repo = this.dataSource.getRepository(CannedReplyEntity);
    return toCanned(await repo.save(repo.create({ title: body.title.trim(), body: body.body, serviceId: body.serviceId ?? null, createdById: user.userId })));
  }

  @Roles('navigator')
  @Delete('canned-replies/:id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Delete a canned reply' })
  @ApiNoContent('Deleted')
  async deleteCannedReply(@Param('id', uuidParam('id')) id: string, @CurrentUser() user: UserPrincipal): Promise<void> {
    const repo = this.dataSource.getRepository(CannedReplyEntity);
    const own = await repo.findOne({ where: [{ id, createdById: user.userId }, { id, serviceId: IsNull(), createdById: user.userId }] });
    const shared = own ?? (await repo.findOne({ where: { id } }));
    if (!shared || (!own && (!shared.serviceId || !canReachService(user, shared.serviceId)))) throw new NotFoundException('Canned reply not found');
    await repo.delete(shared.id);
  }

  /** Navigators of the caller's services (or of one of them), for assignee pickers. */
  @Roles('navigator', 'manager', 'admin')
  @Get('navigators')
  @ApiOperation({ summary: 'List the navigators of the caller’s services', description: 'For assignee pickers.' })
  @ApiAnswer(200, [NavigatorViewSchema])
  async navigators(@Query() query: NavigatorsQueryDto, @CurrentUser() user: UserPrincipal): Promise<NavigatorView[]> {
    if (query.serviceId && !canReachService(user, query.serviceId)) throw new NotFoundException('Service not found');
    const services = query.serviceId ? [query.serviceId] : user.role === 'admin' ? null : user.serviceIds;
    const qb = this.dataSource.getRepository(UserEntity).createQueryBuilder('u').leftJoinAndSelect('u.services', 's').where(`u.role = 'navigator' AND u.active`).orderBy('u.name', 'ASC');
    if (services) qb.andWhere(services.length ? 'u.id IN (SELECT user_id FROM user_services WHERE service_id IN (:...services))' : '1 = 0', { services });
    const rows = await qb.getMany();
    return rows.map((u) => ({ id: u.id, name: u.name, email: u.email, serviceIds: u.services.map((s) => s.id).sort() }));
  }
}
