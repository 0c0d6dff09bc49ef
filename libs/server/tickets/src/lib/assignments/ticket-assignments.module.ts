import { Global, Module } from '@nestjs/common';
import { TICKET_ASSIGNMENTS } from '@navdesk/server/core';
import { LivePublisherModule } from '@navdesk/server/live';
import { NotificationsModule } from '@navdesk/server/notifications';
import { TicketAssignmentsService } from './ticket-assignments.service';

/** Provides the TICKET_ASSIGNMENTS port to every domain of the process that imports it once (runtime). */
@Global()
@Module({
  imports: [NotificationsModule, LivePublisherModule],
  providers: [{ provide: TICKET_ASSIGNMENTS, useClass: TicketAssignmentsService }],
  exports: [TICKET_ASSIGNMENTS],
})
export class TicketAssignmentsModule {}
