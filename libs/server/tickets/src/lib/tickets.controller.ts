import { Body, Controller, Get, Headers, HttpCode, HttpStatus, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { CreatedTicket, Page, TicketDetail, TicketView, TimelineEntry } from '@navdesk/contracts';
import { CurrentUser, Roles, type UserPrincipal } from '@navdesk/server/access';
import { uuidParam } from '@navdesk/server/core';
import { CreateTicketDto } from './intake/create-ticket.dto';
import { TicketsIntakeService } from './intake/tickets-intake.service';
import { ListTicketsDto } from './query/list-tickets.dto';
import { TicketsQueryService } from './query/tickets-query.service';
import { TicketCommentsService } from './update/ticket-comments.service';
import { TicketUpdateService } from './update/ticket-update.service';
import { BulkAssignDto, CreateCommentDto, TicketFeedbackDto, UpdateTicketDto } from './update/update-ticket.dto';

@ApiTags('tickets')
@ApiBearerAuth()
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
  @ApiCreatedResponse({ description: 'the ticket, status new; triage follows in seconds. `riskNotice` when the text suggests risk.' })
  async create(@Body() body: CreateTicketDto, @CurrentUser() user: UserPrincipal, @Headers('idempotency-key') key: string | undefined, @Res({ passthrough: true }) res: Response): Promise<CreatedTicket> {
    const { ticket, replayed } = await this.intake.create(body, user, key);
    if (replayed) res.setHeader('Idempotent-Replayed', 'true');
    return ticket;
  }

  @Roles('pwp', 'navigator', 'manager')
  @Get()
  list(@Query() query: ListTicketsDto, @CurrentUser() user: UserPrincipal): Promise<Page<TicketView>> {
    return this.query.list(user, query);
  }

  @Roles('navigator')
  @Post('bulk-assign')
  @HttpCode(HttpStatus.OK)
  bulkAssign(@Body() body: BulkAssignDto, @CurrentUser() user: UserPrincipal): Promise<{ updated: number }> {
    return this.updates.bulkAssign(user, body);
  }

  @Roles('pwp', 'navigator', 'manager')
  @Get(':id')
  detail(@Param('id', uuidParam('id')) id: string, @CurrentUser() user: UserPrincipal): Promise<TicketDetail> {
    return this.query.detail(user, id);
  }

  @Roles('navigator')
  @Patch(':id')
  @ApiConflictResponse({ description: 'the version is stale: someone else changed the ticket; nothing was saved' })
  update(@Param('id', uuidParam('id')) id: string, @Body() body: UpdateTicketDto, @CurrentUser() user: UserPrincipal): Promise<TicketView> {
    return this.updates.update(user, id, body);
  }

  @Roles('pwp', 'navigator')
  @Post(':id/comments')
  comment(@Param('id', uuidParam('id')) id: string, @Body() body: CreateCommentDto, @CurrentUser() user: UserPrincipal): Promise<TimelineEntry> {
    return this.comments.comment(user, id, body);
  }

  @Roles('pwp', 'navigator')
  @Post(':id/feedback')
  @HttpCode(HttpStatus.OK)
  feedback(@Param('id', uuidParam('id')) id: string, @Body() body: TicketFeedbackDto, @CurrentUser() user: UserPrincipal): Promise<TicketView> {
    return this.comments.feedback(user, id, body);
  }
}
