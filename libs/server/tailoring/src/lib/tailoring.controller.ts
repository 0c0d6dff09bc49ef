import { Body, Controller, Get, HttpCode, HttpStatus, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Page, TailoringRequestView } from '@navdesk/contracts';
import { TailoringRequestViewSchema } from '@navdesk/contracts/schemas';
import { CurrentUser, Roles, type UserPrincipal } from '@navdesk/server/access';
import { ApiAnswer, ApiErrors, ApiPageAnswer, uuidParam } from '@navdesk/server/core';
import { TailoringQueryService } from './query/tailoring-query.service';
import { TailoringRequestsService } from './requests/tailoring-requests.service';
import { CreateTailoringDto, DecideTailoringDto, ListTailoringDto } from './requests/tailoring.dto';

@ApiTags('tailoring')
@Controller('tailoring-requests')
export class TailoringController {
  constructor(
    private readonly requests: TailoringRequestsService,
    private readonly query: TailoringQueryService,
  ) {}

  /** A PWP asks to skip, replace or add a module for one of their patients. */
  @Roles('pwp')
  @Post()
  @ApiOperation({ summary: 'Ask to skip, replace or add a programme module for a patient', description: 'For a patient in the caller’s caseload; a navigator of the service decides.' })
  @ApiAnswer(201, TailoringRequestViewSchema, 'The request, pending a navigator’s decision')
  @ApiErrors({ 404: 'Not a patient in your caseload', 409: 'A request about this module is already open' })
  create(@Body() body: CreateTailoringDto, @CurrentUser() user: UserPrincipal): Promise<TailoringRequestView> {
    return this.requests.create(body, user);
  }

  /** Navigators: their services' requests; PWPs: the ones they made. Newest first. */
  @Roles('pwp', 'navigator')
  @Get()
  @ApiOperation({ summary: 'List tailoring requests', description: 'Newest first: a navigator’s services’ requests, or the ones a PWP made.' })
  @ApiPageAnswer(TailoringRequestViewSchema)
  list(@Query() query: ListTailoringDto, @CurrentUser() user: UserPrincipal): Promise<Page<TailoringRequestView>> {
    return this.query.list(user, query);
  }

  @Roles('pwp', 'navigator')
  @Get(':id')
  @ApiOperation({ summary: 'Read a tailoring request' })
  @ApiAnswer(200, TailoringRequestViewSchema)
  one(@Param('id', uuidParam('id')) id: string, @CurrentUser() user: UserPrincipal): Promise<TailoringRequestView> {
    return this.query.one(id, user);
  }

  /** Approve (queued for the programme) or decline, with a note; the version read, or 409. */
  @Roles('navigator')
  @Patch(':id')
  @ApiOperation({ summary: 'Approve or decline a tailoring request, with a note', description: 'An approved change is queued for the programme.' })
  @ApiAnswer(200, TailoringRequestViewSchema, 'The request, declined or queued')
  @ApiErrors({ 409: 'The version is stale, or the request is already decided; nothing was saved' })
  decide(@Param('id', uuidParam('id')) id: string, @Body() body: DecideTailoringDto, @CurrentUser() user: UserPrincipal): Promise<TailoringRequestView> {
    return this.requests.decide(id, body, user);
  }

  @Roles('navigator')
  @Post(':id/retry')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({ summary: 'Try a failed tailoring request again', description: 'Queued for the programme again.' })
  @ApiAnswer(202, TailoringRequestViewSchema, 'The request, queued again')
  @ApiErrors({ 409: 'The request has not failed' })
  retry(@Param('id', uuidParam('id')) id: string, @CurrentUser() user: UserPrincipal): Promise<TailoringRequestView> {
    return this.requests.retry(id, user);
  }
}
