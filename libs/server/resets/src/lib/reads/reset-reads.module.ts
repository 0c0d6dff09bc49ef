import { Global, Module } from '@nestjs/common';
import { RESET_READS } from '@navdesk/server/core';
import { ResetReadsService } from './reset-reads.service';

/** Provides the RESET_READS port to every domain of the process that imports it once (runtime). */
@Global()
@Module({ providers: [{ provide: RESET_READS, useClass: ResetReadsService }], exports: [RESET_READS] })
export class ResetReadsModule {}
