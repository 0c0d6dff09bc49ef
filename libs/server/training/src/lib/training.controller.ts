import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { QuestionTopicView, TrainingCoverage, TrainingModuleView, TrainingPwp, TrainingRecord } from '@navdesk/contracts';
import { QuestionTopicViewSchema, TrainingCoverageSchema, TrainingModuleViewSchema, TrainingPwpSchema, TrainingRecordSchema } from '@navdesk/contracts/schemas';
import { CurrentUser, Roles, type UserPrincipal } from '@navdesk/server/access';
import { ApiAnswer, uuidParam } from '@navdesk/server/core';
import { TrainingModulesService } from './catalogue/training-modules.service';
import { QuestionTopicsService } from './questions/question-topics.service';
import { TrainingRecordsService } from './records/training-records.service';
import { CreateTrainingModuleDto, QuestionTopicsQueryDto, ServiceQueryDto } from './training.dto';

@ApiTags('training')
@Controller('training')
export class TrainingController {
  constructor(
    private readonly modules: TrainingModulesService,
    private readonly records: TrainingRecordsService,
    private readonly questions: QuestionTopicsService,
  ) {}

  @Roles('pwp', 'navigator', 'manager', 'admin')
  @Get('modules')
  @ApiOperation({ summary: 'List the training catalogue', description: 'The shared modules and those of the caller’s services.' })
  @ApiAnswer(200, [TrainingModuleViewSchema])
  listModules(@CurrentUser() user: UserPrincipal): Promise<TrainingModuleView[]> {
    return this.modules.list(user);
  }

  @Roles('navigator')
  @Post('modules')
  @ApiOperation({ summary: 'Add a training module to a service’s catalogue' })
  @ApiAnswer(201, TrainingModuleViewSchema)
  createModule(@Body() body: CreateTrainingModuleDto, @CurrentUser() user: UserPrincipal): Promise<TrainingModuleView> {
    return this.modules.create(body, user);
  }

  /** The caller's own training record (PWPs). */
  @Roles('pwp')
  @Get('record')
  @ApiOperation({ summary: 'Read your own training record', description: 'Sessions booked and attended, confidence before and after, and the core induction.' })
  @ApiAnswer(200, TrainingRecordSchema)
  myRecord(@CurrentUser() user: UserPrincipal): Promise<TrainingRecord> {
    return this.records.record(user.userId, user);
  }

  @Roles('navigator')
  @Get('records/:pwpId')
  @ApiOperation({ summary: 'Read a PWP’s training record', description: 'A PWP who shares one of the navigator’s services.' })
  @ApiAnswer(200, TrainingRecordSchema)
  record(@Param('pwpId', uuidParam('pwpId')) pwpId: string, @CurrentUser() user: UserPrincipal): Promise<TrainingRecord> {
    return this.records.record(pwpId, user);
  }

  /** Core-induction coverage of one service. */
  @Roles('navigator', 'manager')
  @Get('coverage')
  @ApiOperation({ summary: 'Show which PWPs of a service have completed the core induction' })
  @ApiAnswer(200, TrainingCoverageSchema)
  coverage(@Query() query: ServiceQueryDto, @CurrentUser() user: UserPrincipal): Promise<TrainingCoverage> {
    return this.records.coverage(query.serviceId, user);
  }

  /** Confidence questions grouped by training topic, with who asked and sessions to invite them to. */
  @Roles('navigator')
  @Get('question-topics')
  @ApiOperation({ summary: 'Group PWPs’ confidence questions by training topic', description: 'Who asked, whether they were trained on it, and sessions still to come to invite them to.' })
  @ApiAnswer(200, [QuestionTopicViewSchema])
  questionTopics(@Query() query: QuestionTopicsQueryDto, @CurrentUser() user: UserPrincipal): Promise<QuestionTopicView[]> {
    return this.questions.list(user, query.serviceId, query.days);
  }

  @Roles('navigator')
  @Get('pwps')
  @ApiOperation({ summary: 'List the PWPs of your services', description: 'For rosters, walk-ins and invitations.' })
  @ApiAnswer(200, [TrainingPwpSchema])
  pwps(@Query() query: ServiceQueryDto, @CurrentUser() user: UserPrincipal): Promise<TrainingPwp[]> {
    return this.records.pwps(query.serviceId, user);
  }
}
