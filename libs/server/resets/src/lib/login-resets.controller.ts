import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuditTrailEntry, CreatedLoginReset, LoginResetDetail, LoginResetView, Page } from '@navdesk/contracts';
import { AuditTrailEntrySchema, CreatedLoginResetSchema, LoginResetDetailSchema, LoginResetViewSchema } from '@navdesk/contracts/schemas';
import { CurrentUser, Roles, type UserPrincipal } from '@navdesk/server/access';
import { ApiAnswer, ApiErrors, ApiPageAnswer, uuidParam } from '@navdesk/server/core';
import { LoginResetsQueryService } from './query/login-resets-query.service';
import { CreateLoginResetDto, ListLoginResetsDto } from './requests/login-resets.dto';
import { LoginResetsService } from './requests/login-resets.service';

@ApiTags('login-resets')
@Controller('login-resets')
export class LoginResetsController {
  constructor(
    private readonly resets: LoginResetsService,
    private readonly query: LoginResetsQueryService,
  ) {}

  /** 202 with a new reset; 200 with the one already under way (the patient gets one message). */
  @Roles('pwp', 'navigator')
  @Post()
  @ApiOperation({
    summary: 'Ask the digital programme to reset a patient’s log-in',
    description: 'Queued at once; the worker asks the programme. A second request while one is under way answers that one (200, `duplicate: true`), so the patient gets one message. 404 when the patient is not in your caseload.',
  })
  @ApiAnswer(202, CreatedLoginResetSchema, 'Queued; the worker asks the programme')
  @ApiAnswer(200, CreatedLoginResetSchema, 'A reset for this patient is already queued or sent: that one (duplicate: true)')
  @ApiErrors({ 429: 'This patient has had 3 log-in resets in the last hour; `Retry-After` says when the next may go' })
  async create(@Body() body: CreateLoginResetDto, @CurrentUser() user: UserPrincipal, @Res({ passthrough: true }) res: Response): Promise<CreatedLoginReset> {
    const reset = await this.resets.request(body, user);
    res.status(reset.duplicate ? HttpStatus.OK : HttpStatus.ACCEPTED);
    return reset;
  }

  /** Navigators: their services' resets; PWPs: their own patients'. Newest first. */
  @Roles('pwp', 'navigator')
  @Get()
  @ApiOperation({ summary: 'List log-in resets', description: 'Newest first: a navigator’s services’ resets, a PWP’s own patients’.' })
  @ApiPageAnswer(LoginResetViewSchema)
  list(@Query() query: ListLoginResetsDto, @CurrentUser() user: UserPrincipal): Promise<Page<LoginResetView>> {
    return this.query.list(user, query);
  }

  @Roles('pwp', 'navigator')
  @Get(':id')
  @ApiOperation({ summary: 'Read a log-in reset and its timeline', description: 'The requester, the patient’s PWP and the service’s navigators may read it.' })
  @ApiAnswer(200, LoginResetDetailSchema)
  one(@Param('id', uuidParam('id')) id: string, @CurrentUser() user: UserPrincipal): Promise<LoginResetDetail> {
    return this.query.one(id, user);
  }

  /** Who asked for, sent, read and retried this reset, from the audit log (navigators). */
  @Roles('navigator')
  @Get(':id/audit')
  @ApiOperation({ summary: 'Read the audit trail of a log-in reset', description: 'Who asked for, sent, read and retried it, oldest first.' })
  @ApiAnswer(200, [AuditTrailEntrySchema])
  auditTrail(@Param('id', uuidParam('id')) id: string, @CurrentUser() user: UserPrincipal): Promise<AuditTrailEntry[]> {
    return this.query.auditTrail(id, user);
  }

  /** A navigator sends a failed or expired reset again. */
  @Roles('navigator')
  @Post(':id/retry')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({ summary: 'Send a failed or expired log-in reset again', description: 'A new round with a fresh message, queued for the worker.' })
  @ApiAnswer(202, LoginResetViewSchema, 'Queued again')
  @ApiErrors({
    409: 'The reset is not failed or expired, or another reset for this patient is under way',
    429: 'This patient has had 3 log-in resets in the last hour; `Retry-After` says when the next may go',
  })
  retry(@Param('id', uuidParam('id')) id: string, @CurrentUser() user: UserPrincipal): Promise<LoginResetView> {
    return this.resets.retry(id, user);
  }
}
