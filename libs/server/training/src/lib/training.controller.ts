import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { QuestionTopicView, TrainingCoverage, TrainingModuleView, TrainingRecord } from '@navdesk/contracts';
import { CurrentUser, Roles, type UserPrincipal } from '@navdesk/server/access';
import { uuidParam } from '@navdesk/server/core';
import { TrainingModulesService } from './catalogue/training-modules.service';
import { QuestionTopicsService } from './questions/question-topics.service';
import { TrainingRecordsService } from './records/training-records.service';
import { CreateTrainingModuleDto, QuestionTopicsQueryDto, ServiceQueryDto } from './training.dto';

@ApiTags('training')
@ApiBearerAuth()
@Controller('training')
export class TrainingController {
  constructor(
    private readonly modules: TrainingModulesService,
    private readonly records: TrainingRecordsService,
    private readonly questions: QuestionTopicsService,
  ) {}

  @Roles('pwp', 'navigator', 'manager', 'admin')
  @Get('modules')
  listModules(@CurrentUser() user: UserPrincipal): Promise<TrainingModuleView[]> {
    return this.modules.list(user);
  }

  @Roles('navigator')
  @Post('modules')
  createModule(@Body() body: CreateTrainingModuleDto, @CurrentUser() user: UserPrincipal): Promise<TrainingModuleView> {
    return this.modules.create(body, user);
  }

  /** The caller's own training record (PWPs). */
  @Roles('pwp')
  @Get('record')
  myRecord(@CurrentUser() user: UserPrincipal): Promise<TrainingRecord> {
    return this.records.record(user.userId, user);
  }

  @Roles('navigator')
  @Get('records/:pwpId')
  record(@Param('pwpId', uuidParam('pwpId')) pwpId: string, @CurrentUser() user: UserPrincipal): Promise<TrainingRecord> {
    return this.records.record(pwpId, user);
  }

  /** Core-induction coverage of one service. */
  @Roles('navigator', 'manager')
  @Get('coverage')
  coverage(@Query() query: ServiceQueryDto, @CurrentUser() user: UserPrincipal): Promise<TrainingCoverage> {
    return this.records.coverage(query.serviceId, user);
  }

  /** Confidence questions grouped by training topic, with who asked and sessions to invite them to. */
  @Roles('navigator')
  @Get('question-topics')
  questionTopics(@Query() query: QuestionTopicsQueryDto, @CurrentUser() user: UserPrincipal): Promise<QuestionTopicView[]> {
    return this.questions.list(user, query.serviceId, query.days);
  }

  @Roles('navigator')
  @Get('pwps')
  pwps(@Query() query: ServiceQueryDto, @CurrentUser() user: UserPrincipal): Promise<{ id: string; name: string; serviceIds: string[] }[]> {
    return this.records.pwps(query.serviceId, user);
  }
}
