import { Global, Module } from '@nestjs/common';
import { TICKET_READS } from '@navdesk/server/core';
import { TicketReadsService } from './ticket-reads.service';

/** Provides the TICKET_READS port to every domain of the process that imports it once (runtime). */
@Global()
@Module({ providers: [{ provide: TICKET_READS, useClass: TicketReadsService }], exports: [TICKET_READS] })
export class TicketReadsModule {}
