import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { LoginResetView, NotificationChangeView, Page, ProgrammeAccountView } from '@navdesk/contracts';
import { CurrentUser, Roles, type UserPrincipal } from '@navdesk/server/access';
import { PageQueryDto } from '@navdesk/server/core';
import { ProgrammeAccountService } from './account/programme-account.service';
import { NotificationChangesService } from './notification-control/notification-changes.service';
import { LoginResetsQueryService } from './query/login-resets-query.service';
import { CreateNotificationChangeDto } from './requests/login-resets.dto';

/** A patient's side of the programme: account, resets, reminder changes. The ref travels in the path, never a query string. */
@ApiTags('patients')
@ApiBearerAuth()
@Controller('patients/:ref')
export class PatientProgrammeController {
  constructor(
    private readonly account: ProgrammeAccountService,
    private readonly resets: LoginResetsQueryService,
    private readonly changes: NotificationChangesService,
  ) {}

  @Roles('pwp', 'navigator')
  @Get('programme-account')
  @ApiServiceUnavailableResponse({ description: 'the programme cannot be reached' })
  programmeAccount(@Param('ref') ref: string, @CurrentUser() user: UserPrincipal): Promise<ProgrammeAccountView> {
    return this.account.fetch(ref, user);
  }

  @Roles('pwp', 'navigator')
  @Get('login-resets')
  loginResets(@Param('ref') ref: string, @Query() page: PageQueryDto, @CurrentUser() user: UserPrincipal): Promise<Page<LoginResetView>> {
    return this.resets.ofPatient(ref, user, page.limit, page.cursor);
  }

  @Roles('pwp', 'navigator')
  @Get('notification-changes')
  notificationChanges(@Param('ref') ref: string, @CurrentUser() user: UserPrincipal): Promise<NotificationChangeView[]> {
    return this.changes.ofPatient(ref, user);
  }

  /** Lowering a patient's reminders: queued, audited, applied through the programme by the worker. */
  @Roles('navigator')
  @Post('notification-changes')
  @HttpCode(HttpStatus.ACCEPTED)
  requestNotificationChange(@Param('ref') ref: string, @Body() body: CreateNotificationChangeDto, @CurrentUser() user: UserPrincipal): Promise<NotificationChangeView> {
    return this.changes.request(ref, body, user);
  }
}
