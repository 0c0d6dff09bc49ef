import { Module } from '@nestjs/common';
import { AuditModule } from '@navdesk/server/audit';
import { AppConfigModule, AppLoggingModule, OutboxRelayModule, QueuesModule, RedisModule, SchedulesWorkerModule } from '@navdesk/server/core';
import { DatabaseModule } from '@navdesk/server/database';
import { EngagementWorkerModule } from '@navdesk/server/engagement';
import { IdentityWorkerModule } from '@navdesk/server/identity';
import { MailWorkerModule } from '@navdesk/server/mail';
import { NotificationsWorkerModule } from '@navdesk/server/notifications';
import { ResetsWorkerModule } from '@navdesk/server/resets';
import { ReportsWorkerModule } from '@navdesk/server/reports';
import { TailoringWorkerModule } from '@navdesk/server/tailoring';
import { SystemTicketsModule, TicketsWorkerModule } from '@navdesk/server/tickets';

/** The worker: BullMQ processors, repeatable schedules and the outbox relay. No HTTP. */
@Module({
  imports: [
    AppConfigModule,
    AppLoggingModule,
    DatabaseModule.forApp('worker'),
    RedisModule,
    QueuesModule,
    SchedulesWorkerModule,
    AuditModule,
    OutboxRelayModule,
    MailWorkerModule,
    IdentityWorkerModule,
    NotificationsWorkerModule,
    TicketsWorkerModule,
    SystemTicketsModule,
    ResetsWorkerModule,
    EngagementWorkerModule,
    TailoringWorkerModule,
    ReportsWorkerModule,
  ],
})
export class WorkerModule {}
