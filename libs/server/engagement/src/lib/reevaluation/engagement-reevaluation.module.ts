import { Global, Module } from '@nestjs/common';
import { ENGAGEMENT_REEVALUATION } from '@navdesk/server/core';
import { EngagementReevaluationService } from './engagement-reevaluation.service';

/** Provides the ENGAGEMENT_REEVALUATION port to every domain of the process that imports it once (runtime). */
@Global()
@Module({ providers: [{ provide: ENGAGEMENT_REEVALUATION, useClass: EngagementReevaluationService }], exports: [ENGAGEMENT_REEVALUATION] })
export class EngagementReevaluationModule {}
