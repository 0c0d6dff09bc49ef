import { Global, Module } from '@nestjs/common';
import { TAILORING_READS } from '@navdesk/server/core';
import { TailoringReadsService } from './tailoring-reads.service';

/** Provides the TAILORING_READS port to every domain of the process that imports it once (runtime). */
@Global()
@Module({ providers: [{ provide: TAILORING_READS, useClass: TailoringReadsService }], exports: [TAILORING_READS] })
export class TailoringReadsModule {}
