import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { AccessModule } from '@navdesk/server/access';
import { AuditModule } from '@navdesk/server/audit';
import { ApiExceptionFilter, AppConfigModule, AppLoggingModule, HealthModule, QueuesModule, RedisModule } from '@navdesk/server/core';
import { DatabaseModule } from '@navdesk/server/database';
import { DemoModule } from '@navdesk/server/demo';
import { ENGAGEMENT_QUEUE, EngagementApiModule } from '@navdesk/server/engagement';
import { IdentityApiModule, MAINTENANCE_QUEUE } from '@navdesk/server/identity';
import { MAIL_QUEUE } from '@navdesk/server/mail';
import { NOTIFICATIONS_QUEUE, NotificationsApiModule } from '@navdesk/server/notifications';
import { PROGRAMME_QUEUE, ResetsApiModule } from '@navdesk/server/resets';
import { REPORTS_QUEUE, ReportsApiModule } from '@navdesk/server/reports';
import { PatientPlansModule, TAILORING_QUEUE, TailoringApiModule } from '@navdesk/server/tailoring';
import { TicketAssignmentsModule, TICKETS_QUEUE, TicketsApiModule } from '@navdesk/server/tickets';
import { TrainingApiModule } from '@navdesk/server/training';
import { OperationsModule } from './operations/operations.module';

/** Every queue the worker runs; the api reads their depth and failures. */
const QUEUES = [MAIL_QUEUE, MAINTENANCE_QUEUE, TICKETS_QUEUE, NOTIFICATIONS_QUEUE, PROGRAMME_QUEUE, ENGAGEMENT_QUEUE, TAILORING_QUEUE, REPORTS_QUEUE];

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
    HealthModule.forQueues(QUEUES),
    IdentityApiModule,
    EngagementApiModule,
    TicketsApiModule,
    TicketAssignmentsModule,
    ResetsApiModule,
    TrainingApiModule,
    TailoringApiModule,
    PatientPlansModule,
    ReportsApiModule,
    NotificationsApiModule,
    OperationsModule.forQueues(QUEUES),
    DemoModule,
  ],
  providers: [{ provide: APP_FILTER, useClass: ApiExceptionFilter }],
})
export class ApiModule {}
