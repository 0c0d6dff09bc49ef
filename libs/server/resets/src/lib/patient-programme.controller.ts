import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { LoginResetView, NotificationChangeView, Page, ProgrammeAccountView } from '@navdesk/contracts';
import { LoginResetViewSchema, NotificationChangeViewSchema, ProgrammeAccountViewSchema } from '@navdesk/contracts/schemas';
import { CurrentUser, Roles, type UserPrincipal } from '@navdesk/server/access';
import { ApiAnswer, ApiErrors, ApiPageAnswer } from '@navdesk/server/core';
import { ProgrammeAccountService } from './account/programme-account.service';
import { NotificationChangesService } from './notification-control/notification-changes.service';
import { LoginResetsQueryService } from './query/login-resets-query.service';
import { CreateNotificationChangeDto, PatientResetsPageDto } from './requests/login-resets.dto';

/** A patient's side of the programme: account, resets, reminder changes. The ref travels in the path, never a query string. */
@ApiTags('patients')
@Controller('patients/:ref')
export class PatientProgrammeController {
  constructor(
    private readonly account: ProgrammeAccountService,
    private readonly resets: LoginResetsQueryService,
    private readonly changes: NotificationChangesService,
  ) {}

  @Roles('pwp', 'navigator')
  @Get('programme-account')
  @ApiOperation({ summary: 'Fetch a patient’s account from the digital programme', description: 'Asked of the programme on demand (Navdesk keeps no copy); a log-in seen after a sent reset completes it.' })
  @ApiAnswer(200, ProgrammeAccountViewSchema)
  @ApiErrors({ 503: 'The digital programme cannot be reached, or refused to show the account; try again in a minute' })
  programmeAccount(@Param('ref') ref: string, @CurrentUser() user: UserPrincipal): Promise<ProgrammeAccountView> {
    return this.account.fetch(ref, user);
  }

  @Roles('pwp', 'navigator')
  @Get('login-resets')
  @ApiOperation({ summary: 'List a patient’s log-in resets', description: 'Newest first.' })
  @ApiPageAnswer(LoginResetViewSchema)
  loginResets(@Param('ref') ref: string, @Query() page: PatientResetsPageDto, @CurrentUser() user: UserPrincipal): Promise<Page<LoginResetView>> {
    return this.resets.ofPatient(ref, user, page.limit, page.cursor);
  }

  @Roles('pwp', 'navigator')
  @Get('notification-changes')
  @ApiOperation({ summary: 'List the changes made to a patient’s reminders' })
  @ApiAnswer(200, [NotificationChangeViewSchema])
  notificationChanges(@Param('ref') ref: string, @CurrentUser() user: UserPrincipal): Promise<NotificationChangeView[]> {
    return this.changes.ofPatient(ref, user);
  }

  /** Lowering a patient's reminders: queued, audited, applied through the programme by the worker. */
  @Roles('navigator')
  @Post('notification-changes')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({ summary: 'Lower a patient’s reminders in the digital programme', description: 'Queued and audited; the worker applies it through the programme.' })
  @ApiAnswer(202, NotificationChangeViewSchema, 'Queued')
  requestNotificationChange(@Param('ref') ref: string, @Body() body: CreateNotificationChangeDto, @CurrentUser() user: UserPrincipal): Promise<NotificationChangeView> {
    return this.changes.request(ref, body, user);
  }
}
