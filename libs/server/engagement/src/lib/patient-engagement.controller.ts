import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FlagThresholds, Page, PatientAccessEntry, PatientDetail, PatientEngagement, PatientFlagView, PatientListItem, PatientTicketSummary, PreSessionBrief } from '@navdesk/contracts';
import {
  FlagThresholdsSchema,
  PatientAccessEntrySchema,
  PatientDetailSchema,
  PatientEngagementSchema,
  PatientFlagViewSchema,
  PatientListItemSchema,
  PatientTicketSummarySchema,
  PreSessionBriefSchema,
} from '@navdesk/contracts/schemas';
import { CurrentUser, Roles, type UserPrincipal } from '@navdesk/server/access';
import { ApiAnswer, ApiPageAnswer, uuidParam } from '@navdesk/server/core';
import { BriefsService } from './briefs/briefs.service';
import { AcknowledgeFlagDto, FlagThresholdsDto, ListFlagsDto } from './flags/flags.dto';
import { FlagsService } from './flags/flags.service';
import { CaseloadQueryDto } from './query/caseload.dto';
import { CaseloadService } from './query/caseload.service';
import { EngagementRangeDto } from './query/engagement-range.dto';
import { PatientEngagementService } from './query/patient-engagement.service';

/** Caseloads, patient pages, flags and briefs. Every read of patient-level data is audited. */
@ApiTags('patients')
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
  @ApiOperation({ summary: 'List the caseload', description: 'A PWP’s own patients, a navigator’s services’ patients, with last activity, mood trend and flags. Audited.' })
  @ApiPageAnswer(PatientListItemSchema)
  list(@Query() query: CaseloadQueryDto, @CurrentUser() user: UserPrincipal): Promise<Page<PatientListItem>> {
    return this.caseload.list(user, query);
  }

  @Roles('pwp', 'navigator')
  @Get('patients/:ref')
  @ApiOperation({ summary: 'Read a patient’s page', description: 'Audited.' })
  @ApiAnswer(200, PatientDetailSchema)
  detail(@Param('ref') ref: string, @CurrentUser() user: UserPrincipal): Promise<PatientDetail> {
    return this.patients.detail(ref, user);
  }

  @Roles('pwp', 'navigator')
  @Get('patients/:ref/engagement')
  @ApiOperation({ summary: 'Read a patient’s engagement over a window', description: 'Mood, log-ins, modules, notifications and the daily rollup. Audited.' })
  @ApiAnswer(200, PatientEngagementSchema)
  engagement(@Param('ref') ref: string, @Query() range: EngagementRangeDto, @CurrentUser() user: UserPrincipal): Promise<PatientEngagement> {
    return this.patients.engagement(ref, user, range.from, range.to);
  }

  @Roles('pwp', 'navigator')
  @Get('patients/:ref/flags')
  @ApiOperation({ summary: 'List a patient’s flags' })
  @ApiAnswer(200, [PatientFlagViewSchema])
  patientFlags(@Param('ref') ref: string, @CurrentUser() user: UserPrincipal): Promise<PatientFlagView[]> {
    return this.patients.flags(ref, user);
  }

  @Roles('pwp', 'navigator')
  @Get('patients/:ref/tickets')
  @ApiOperation({ summary: 'List the tickets about a patient' })
  @ApiAnswer(200, [PatientTicketSummarySchema])
  patientTickets(@Param('ref') ref: string, @CurrentUser() user: UserPrincipal): Promise<PatientTicketSummary[]> {
    return this.patients.tickets(ref, user);
  }

  @Roles('navigator')
  @Get('patients/:ref/access-log')
  @ApiOperation({ summary: 'Who looked at a patient’s data, and when' })
  @ApiAnswer(200, [PatientAccessEntrySchema])
  accessLog(@Param('ref') ref: string, @CurrentUser() user: UserPrincipal): Promise<PatientAccessEntry[]> {
    return this.patients.accessLog(ref, user);
  }

  @Roles('pwp', 'navigator')
  @Get('patients/:ref/brief')
  @ApiOperation({ summary: 'Read the pre-session brief of a patient’s next face-to-face session', description: 'Audited; opening it is what the Outcomes report counts.' })
  @ApiAnswer(200, PreSessionBriefSchema)
  brief(@Param('ref') ref: string, @CurrentUser() user: UserPrincipal): Promise<PreSessionBrief> {
    return this.briefs.forPatient(ref, user);
  }

  @Roles('pwp')
  @Get('briefs/today')
  @ApiOperation({ summary: 'Today’s pre-session briefs of the calling PWP' })
  @ApiAnswer(200, [PreSessionBriefSchema])
  todaysBriefs(@CurrentUser() user: UserPrincipal): Promise<PreSessionBrief[]> {
    return this.briefs.today(user);
  }

  @Roles('navigator')
  @Get('flags')
  @ApiOperation({ summary: 'List flags across the navigator’s services' })
  @ApiPageAnswer(PatientFlagViewSchema)
  flags(@Query() query: ListFlagsDto, @CurrentUser() user: UserPrincipal): Promise<Page<PatientFlagView>> {
    return this.flagsService.list(user, query);
  }

  @Roles('navigator')
  @Post('flags/:id/acknowledge')
  @ApiOperation({ summary: 'Acknowledge a flag, saying what was done' })
  @ApiAnswer(200, PatientFlagViewSchema)
  @HttpCode(HttpStatus.OK)
  acknowledge(@Param('id', uuidParam('id')) id: string, @Body() body: AcknowledgeFlagDto, @CurrentUser() user: UserPrincipal): Promise<PatientFlagView> {
    return this.flagsService.acknowledge(id, body, user);
  }

  @Roles('navigator')
  @Get('services/:id/flag-thresholds')
  @ApiOperation({ summary: 'Read a service’s flag thresholds' })
  @ApiAnswer(200, FlagThresholdsSchema)
  thresholds(@Param('id', uuidParam('id')) id: string, @CurrentUser() user: UserPrincipal): Promise<FlagThresholds> {
    return this.flagsService.thresholds(id, user);
  }

  @Roles('navigator')
  @Put('services/:id/flag-thresholds')
  @ApiOperation({ summary: 'Change a service’s flag thresholds' })
  @ApiAnswer(200, FlagThresholdsSchema)
  setThresholds(@Param('id', uuidParam('id')) id: string, @Body() body: FlagThresholdsDto, @CurrentUser() user: UserPrincipal): Promise<FlagThresholds> {
    return this.flagsService.setThresholds(id, body, user);
  }
}
