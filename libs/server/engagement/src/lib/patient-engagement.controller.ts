import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import type { FlagThresholds, Page, PatientAccessEntry, PatientDetail, PatientEngagement, PatientFlagView, PatientListItem, PatientTicketSummary, PreSessionBrief } from '@navdesk/contracts';
import { CurrentUser, Roles, type UserPrincipal } from '@navdesk/server/access';
import { uuidParam } from '@navdesk/server/core';
import { BriefsService } from './briefs/briefs.service';
import { AcknowledgeFlagDto, FlagThresholdsDto, ListFlagsDto } from './flags/flags.dto';
import { FlagsService } from './flags/flags.service';
import { CaseloadQueryDto } from './query/caseload.dto';
import { CaseloadService } from './query/caseload.service';
import { EngagementRangeDto } from './query/engagement-range.dto';
import { PatientEngagementService } from './query/patient-engagement.service';

/** Caseloads, patient pages, flags and briefs. Every read of patient-level data is audited. */
@ApiTags('patients')
@ApiBearerAuth()
@Controller()
export class PatientEngagementController {
  constructor(
    private readonly caseload: CaseloadService,
    private readonly patients: PatientEngagementService,
    private readonly flagsService: FlagsService,
    private readonly briefs: BriefsService,
  ) {}

  /** A PWP's own patients; a navigator's services' patients; with last activity, mood trend and flags. */
  @Roles('pwp', 'navigator')
  @Get('patients')
  list(@Query() query: CaseloadQueryDto, @CurrentUser() user: UserPrincipal): Promise<Page<PatientListItem>> {
    return this.caseload.list(user, query);
  }

  @Roles('pwp', 'navigator')
  @Get('patients/:ref')
  @ApiNotFoundResponse({ description: 'not a patient in your caseload' })
  detail(@Param('ref') ref: string, @CurrentUser() user: UserPrincipal): Promise<PatientDetail> {
    return this.patients.detail(ref, user);
  }

  @Roles('pwp', 'navigator')
  @Get('patients/:ref/engagement')
  engagement(@Param('ref') ref: string, @Query() range: EngagementRangeDto, @CurrentUser() user: UserPrincipal): Promise<PatientEngagement> {
    return this.patients.engagement(ref, user, range.from, range.to);
  }

  @Roles('pwp', 'navigator')
  @Get('patients/:ref/flags')
  patientFlags(@Param('ref') ref: string, @CurrentUser() user: UserPrincipal): Promise<PatientFlagView[]> {
    return this.patients.flags(ref, user);
  }

  @Roles('pwp', 'navigator')
  @Get('patients/:ref/tickets')
  patientTickets(@Param('ref') ref: string, @CurrentUser() user: UserPrincipal): Promise<PatientTicketSummary[]> {
    return this.patients.tickets(ref, user);
  }

  @Roles('navigator')
  @Get('patients/:ref/access-log')
  accessLog(@Param('ref') ref: string, @CurrentUser() user: UserPrincipal): Promise<PatientAccessEntry[]> {
    return this.patients.accessLog(ref, user);
  }

  @Roles('pwp', 'navigator')
  @Get('patients/:ref/brief')
  @ApiNotFoundResponse({ description: 'no face-to-face session in the next two working days, or not your patient' })
  brief(@Param('ref') ref: string, @CurrentUser() user: UserPrincipal): Promise<PreSessionBrief> {
    return this.briefs.forPatient(ref, user);
  }

  @Roles('pwp')
  @Get('briefs/today')
  todaysBriefs(@CurrentUser() user: UserPrincipal): Promise<PreSessionBrief[]> {
    return this.briefs.today(user);
  }

  @Roles('navigator')
  @Get('flags')
  flags(@Query() query: ListFlagsDto, @CurrentUser() user: UserPrincipal): Promise<Page<PatientFlagView>> {
    return this.flagsService.list(user, query);
  }

  @Roles('navigator')
  @Post('flags/:id/acknowledge')
  @HttpCode(HttpStatus.OK)
  acknowledge(@Param('id', uuidParam('id')) id: string, @Body() body: AcknowledgeFlagDto, @CurrentUser() user: UserPrincipal): Promise<PatientFlagView> {
    return this.flagsService.acknowledge(id, body, user);
  }

  @Roles('navigator')
  @Get('services/:id/flag-thresholds')
  thresholds(@Param('id', uuidParam('id')) id: string, @CurrentUser() user: UserPrincipal): Promise<FlagThresholds> {
    return this.flagsService.thresholds(id, user);
  }

  @Roles('navigator')
  @Put('services/:id/flag-thresholds')
  setThresholds(@Param('id', uuidParam('id')) id: string, @Body() body: FlagThresholdsDto, @CurrentUser() user: UserPrincipal): Promise<FlagThresholds> {
    return this.flagsService.setThresholds(id, body, user);
  }
}
