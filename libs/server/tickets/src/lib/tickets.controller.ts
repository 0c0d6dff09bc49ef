import { Body, Controller, Get, Headers, HttpCode, HttpStatus, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { BulkAssignResult, CreatedTicket, Page, TicketDetail, TicketView, TimelineEntry } from '@navdesk/contracts';
import { BulkAssignResultSchema, CreatedTicketSchema, TicketDetailSchema, TicketViewSchema, TimelineEntrySchema } from '@navdesk/contracts/schemas';
import { CurrentUser, Roles, type UserPrincipal } from '@navdesk/server/access';
import { ApiAnswer, ApiErrors, ApiPageAnswer, uuidParam } from '@navdesk/server/core';
import { CreateTicketDto } from './intake/create-ticket.dto';
import { TicketsIntakeService } from './intake/tickets-intake.service';
import { ListTicketsDto } from './query/list-tickets.dto';
import { TicketsQueryService } from './query/tickets-query.service';
import { TicketCommentsService } from './update/ticket-comments.service';
import { TicketUpdateService } from './update/ticket-update.service';
import { BulkAssignDto, CreateCommentDto, TicketFeedbackDto, UpdateTicketDto } from './update/update-ticket.dto';

@ApiTags('tickets')
@Controller('tickets')
export class TicketsController {
  constructor(
    private readonly intake: TicketsIntakeService,
    private readonly query: TicketsQueryService,
    private readonly updates: TicketUpdateService,
    private readonly comments: TicketCommentsService,
  ) {}

  @Roles('pwp', 'navigator')
  @Post()
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retried POST with the same key returns the first ticket' })
  @ApiOperation({ summary: 'Raise a ticket', description: 'A tech-support request or a usability incident. Triage follows in seconds.' })
  @ApiAnswer(201, CreatedTicketSchema, 'The ticket, status new; `riskNotice` when the text suggests risk to a patient')
  async create(@Body() body: CreateTicketDto, @CurrentUser() user: UserPrincipal, @Headers('idempotency-key') key: string | undefined, @Res({ passthrough: true }) res: Response): Promise<CreatedTicket> {
    const { ticket, replayed } = await this.intake.create(body, user, key);
    if (replayed) res.setHeader('Idempotent-Replayed', 'true');
    return ticket;
  }

  @Roles('pwp', 'navigator', 'manager')
  @Get()
  @ApiOperation({ summary: 'List tickets', description: 'Newest first, in the caller’s services; a PWP sees their own unless `scope=all`.' })
  @ApiPageAnswer(TicketViewSchema)
  list(@Query() query: ListTicketsDto, @CurrentUser() user: UserPrincipal): Promise<Page<TicketView>> {
    return this.query.list(user, query);
  }

  @Roles('navigator')
  @Post('bulk-assign')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Assign several tickets to one navigator' })
  @ApiAnswer(200, BulkAssignResultSchema)
  bulkAssign(@Body() body: BulkAssignDto, @CurrentUser() user: UserPrincipal): Promise<BulkAssignResult> {
    return this.updates.bulkAssign(user, body);
  }

  @Roles('pwp', 'navigator', 'manager')
  @Get(':id')
  @ApiOperation({ summary: 'Read a ticket and its timeline', description: 'Managers get masked text and no replies or internal notes.' })
  @ApiAnswer(200, TicketDetailSchema)
  detail(@Param('id', uuidParam('id')) id: string, @CurrentUser() user: UserPrincipal): Promise<TicketDetail> {
    return this.query.detail(user, id);
  }

  @Roles('navigator')
  @Patch(':id')
  @ApiOperation({ summary: 'Change a ticket’s status, assignee, priority, category, theme, fixability or incident' })
  @ApiAnswer(200, TicketViewSchema)
  @ApiErrors({ 409: 'The version is stale: someone else changed the ticket; nothing was saved' })
  update(@Param('id', uuidParam('id')) id: string, @Body() body: UpdateTicketDto, @CurrentUser() user: UserPrincipal): Promise<TicketView> {
    return this.updates.update(user, id, body);
  }

  @Roles('pwp', 'navigator')
  @Post(':id/comments')
  @ApiOperation({ summary: 'Reply to a ticket, or add an internal note (navigators)' })
  @ApiAnswer(201, TimelineEntrySchema)
  comment(@Param('id', uuidParam('id')) id: string, @Body() body: CreateCommentDto, @CurrentUser() user: UserPrincipal): Promise<TimelineEntry> {
    return this.comments.comment(user, id, body);
  }

  @Roles('pwp', 'navigator')
  @Post(':id/feedback')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Say whether a resolved ticket was solved, and whether it disrupted therapy' })
  @ApiAnswer(200, TicketViewSchema)
  feedback(@Param('id', uuidParam('id')) id: string, @Body() body: TicketFeedbackDto, @CurrentUser() user: UserPrincipal): Promise<TicketView> {
    return this.comments.feedback(user, id, body);
  }
}
