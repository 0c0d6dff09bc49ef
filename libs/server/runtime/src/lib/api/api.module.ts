import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { AccessModule } from '@navdesk/server/access';
import { AuditModule } from '@navdesk/server/audit';
import { ApiExceptionFilter, AppConfigModule, AppLoggingModule, HealthModule, QueuesModule, RedisModule } from '@navdesk/server/core';
import { DatabaseModule } from '@navdesk/server/database';
import { DemoModule } from '@navdesk/server/demo';
import { EngagementApiModule, EngagementReadsModule, EngagementReevaluationModule } from '@navdesk/server/engagement';
import { IdentityApiModule } from '@navdesk/server/identity';
import { ApiMetricsModule } from '@navdesk/server/metrics';
import { NotificationsApiModule } from '@navdesk/server/notifications';
import { ReportsApiModule } from '@navdesk/server/reports';
import { ResetReadsModule, ResetsApiModule } from '@navdesk/server/resets';
import { PatientPlansModule, TailoringApiModule, TailoringReadsModule } from '@navdesk/server/tailoring';
import { TicketAssignmentsModule, TicketReadsModule, TicketsApiModule } from '@navdesk/server/tickets';
import { TrainingApiModule } from '@navdesk/server/training';
import { ALL_QUEUES } from '../queues/queue-registry';
import { OperationsModule } from './operations/operations.module';
import { QueueDashboardModule } from './queue-dashboard/queue-dashboard.module';

/** The HTTP app: composes the domains' api modules. It writes jobs to the outbox; the worker runs them. */
@Module({
  imports: [
    AppConfigModule,
    AppLoggingModule,
    DatabaseModule.forApp('api'),
    RedisModule,
    QueuesModule,
    AuditModule,
    AccessModule,
    HealthModule.forQueues(ALL_QUEUES),
    ApiMetricsModule,
    IdentityApiModule,
    EngagementApiModule,
    EngagementReadsModule,
    EngagementReevaluationModule,
    TicketsApiModule,
    TicketAssignmentsModule,
    TicketReadsModule,
    ResetsApiModule,
    ResetReadsModule,
    TrainingApiModule,
    TailoringApiModule,
    PatientPlansModule,
    TailoringReadsModule,
    ReportsApiModule,
    NotificationsApiModule,
    OperationsModule.forQueues(ALL_QUEUES),
    QueueDashboardModule,
    DemoModule,
  ],
  providers: [{ provide: APP_FILTER, useClass: ApiExceptionFilter }],
})
export class ApiModule {}
