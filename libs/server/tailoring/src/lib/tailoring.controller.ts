import { Body, Controller, Get, HttpCode, HttpStatus, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import type { Page, TailoringRequestView } from '@navdesk/contracts';
import { CurrentUser, Roles, type UserPrincipal } from '@navdesk/server/access';
import { uuidParam } from '@navdesk/server/core';
import { TailoringQueryService } from './query/tailoring-query.service';
import { TailoringRequestsService } from './requests/tailoring-requests.service';
import { CreateTailoringDto, DecideTailoringDto, ListTailoringDto } from './requests/tailoring.dto';

@ApiTags('tailoring')
@ApiBearerAuth()
@Controller('tailoring-requests')
export class TailoringController {
  constructor(
    private readonly requests: TailoringRequestsService,
    private readonly query: TailoringQueryService,
  ) {}

  /** A PWP asks to skip, replace or add a module for one of their patients. */
  @Roles('pwp')
  @Post()
  @ApiCreatedResponse({ description: 'pending a navigator’s decision' })
  @ApiNotFoundResponse({ description: 'not a patient in your caseload' })
  @ApiConflictResponse({ description: 'a request about this module is already open' })
  create(@Body() body: CreateTailoringDto, @CurrentUser() user: UserPrincipal): Promise<TailoringRequestView> {
    return this.requests.create(body, user);
  }

  /** Navigators: their services' requests; PWPs: the ones they made. Newest first. */
  @Roles('pwp', 'navigator')
  @Get()
  list(@Query() query: ListTailoringDto, @CurrentUser() user: UserPrincipal): Promise<Page<TailoringRequestView>> {
    return this.query.list(user, query);
  }

  @Roles('pwp', 'navigator')
  @Get(':id')
  one(@Param('id', uuidParam('id')) id: string, @CurrentUser() user: UserPrincipal): Promise<TailoringRequestView> {
    return this.query.one(id, user);
  }

  /** Approve (queued for the programme) or decline, with a note; the version read, or 409. */
  @Roles('navigator')
  @Patch(':id')
  @ApiConflictResponse({ description: 'stale version, or already decided' })
  decide(@Param('id', uuidParam('id')) id: string, @Body() body: DecideTailoringDto, @CurrentUser() user: UserPrincipal): Promise<TailoringRequestView> {
    return this.requests.decide(id, body, user);
  }

  @Roles('navigator')
  @Post(':id/retry')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({ description: 'queued again' })
  @ApiConflictResponse({ description: 'not failed' })
  retry(@Param('id', uuidParam('id')) id: string, @CurrentUser() user: UserPrincipal): Promise<TailoringRequestView> {
    return this.requests.retry(id, user);
  }
}
