import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuditTrailEntry, CreatedLoginReset, LoginResetDetail, LoginResetView, Page } from '@navdesk/contracts';
import { CurrentUser, Roles, type UserPrincipal } from '@navdesk/server/access';
import { uuidParam } from '@navdesk/server/core';
import { LoginResetsQueryService } from './query/login-resets-query.service';
import { CreateLoginResetDto, ListLoginResetsDto } from './requests/login-resets.dto';
import { LoginResetsService } from './requests/login-resets.service';

@ApiTags('login-resets')
@ApiBearerAuth()
@Controller('login-resets')
export class LoginResetsController {
  constructor(
    private readonly resets: LoginResetsService,
    private readonly query: LoginResetsQueryService,
  ) {}

  /** 202 with a new reset; 200 with the one already under way (the patient gets one message). */
  @Roles('pwp', 'navigator')
  @Post()
  @ApiAcceptedResponse({ description: 'queued; the worker asks the programme' })
  @ApiOkResponse({ description: 'a reset for this patient is already queued or sent: that one (duplicate: true)' })
  @ApiTooManyRequestsResponse({ description: '3 resets for this patient in the last hour (Retry-After)' })
  @ApiNotFoundResponse({ description: 'not a patient in your caseload' })
  async create(@Body() body: CreateLoginResetDto, @CurrentUser() user: UserPrincipal, @Res({ passthrough: true }) res: Response): Promise<CreatedLoginReset> {
    const reset = await this.resets.request(body, user);
    res.status(reset.duplicate ? HttpStatus.OK : HttpStatus.ACCEPTED);
    return reset;
  }

  /** Navigators: their services' resets; PWPs: their own patients'. Newest first. */
  @Roles('pwp', 'navigator')
  @Get()
  list(@Query() query: ListLoginResetsDto, @CurrentUser() user: UserPrincipal): Promise<Page<LoginResetView>> {
    return this.query.list(user, query);
  }

  @Roles('pwp', 'navigator')
  @Get(':id')
  one(@Param('id', uuidParam('id')) id: string, @CurrentUser() user: UserPrincipal): Promise<LoginResetDetail> {
    return this.query.one(id, user);
  }

  /** Who asked for, sent, read and retried this reset, from the audit log (navigators). */
  @Roles('navigator')
  @Get(':id/audit')
  auditTrail(@Param('id', uuidParam('id')) id: string, @CurrentUser() user: UserPrincipal): Promise<AuditTrailEntry[]> {
    return this.query.auditTrail(id, user);
  }

  /** A navigator sends a failed or expired reset again. */
  @Roles('navigator')
  @Post(':id/retry')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiConflictResponse({ description: 'the reset is not failed or expired, or another is under way' })
  retry(@Param('id', uuidParam('id')) id: string, @CurrentUser() user: UserPrincipal): Promise<LoginResetView> {
    return this.resets.retry(id, user);
  }
}
