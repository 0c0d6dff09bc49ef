import { Module } from '@nestjs/common';
import { AuditModule } from '@navdesk/server/audit';
import { AppConfigModule, AppLoggingModule, OutboxRelayModule, QueuesModule, RedisModule, SchedulesWorkerModule } from '@navdesk/server/core';
import { DatabaseModule } from '@navdesk/server/database';
import { EngagementReadsModule, EngagementReevaluationModule } from '@navdesk/server/engagement';
import { WorkerMetricsModule } from '@navdesk/server/metrics';
import { ResetReadsModule } from '@navdesk/server/resets';
import { TailoringReadsModule } from '@navdesk/server/tailoring';
import { SystemTicketsModule, TicketReadsModule } from '@navdesk/server/tickets';
import { ALL_QUEUES, QUEUE_WORKER_MODULES } from '../queues/queue-registry';

/** The worker: BullMQ processors, repeatable schedules and the outbox relay. HTTP only for /metrics and /health. */
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
    // One module per queue, from the registry the api's queue views read too.
    ...QUEUE_WORKER_MODULES,
    SystemTicketsModule,
    TicketReadsModule,
    ResetReadsModule,
    TailoringReadsModule,
    EngagementReadsModule,
    EngagementReevaluationModule,
    WorkerMetricsModule.forQueues(ALL_QUEUES),
  ],
})
export class WorkerModule {}
