import { Global, Module } from '@nestjs/common';
import { OutboxModule, SYSTEM_TICKETS } from '@navdesk/server/core';
import { SystemTicketsService } from './system-tickets.service';

/** Provides the SYSTEM_TICKETS port to every domain of the process that imports it once (runtime). */
@Global()
@Module({ imports: [OutboxModule], providers: [{ provide: SYSTEM_TICKETS, useClass: SystemTicketsService }], exports: [SYSTEM_TICKETS] })
export class SystemTicketsModule {}
