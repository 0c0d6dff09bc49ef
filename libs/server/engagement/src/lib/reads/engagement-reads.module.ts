import { Global, Module } from '@nestjs/common';
import { ENGAGEMENT_READS } from '@navdesk/server/core';
import { EngagementReadsService } from './engagement-reads.service';

/** Provides the ENGAGEMENT_READS port to every domain of the process that imports it once (runtime). */
@Global()
@Module({ providers: [{ provide: ENGAGEMENT_READS, useClass: EngagementReadsService }], exports: [ENGAGEMENT_READS] })
export class EngagementReadsModule {}
