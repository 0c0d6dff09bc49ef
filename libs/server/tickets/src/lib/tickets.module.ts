import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { OutboxModule } from '@navdesk/server/core';
import { LiveApiModule, LivePublisherModule } from '@navdesk/server/live';
import { MailTransportModule } from '@navdesk/server/mail';
import { NotificationsModule } from '@navdesk/server/notifications';
import { IncidentsController } from './incidents/incidents.controller';
import { IncidentsService } from './incidents/incidents.service';
import { IntakeBatchWriter } from './intake/intake-batch.writer';
import { IntakeBatchesService } from './intake/intake-batches.service';
import { TicketsIntakeService } from './intake/tickets-intake.service';
import { TicketViews } from './query/ticket-views';
import { TicketsQueryService } from './query/tickets-query.service';
import { SlaPlanner } from './sla/sla-planner';
import { SlaSweepService } from './sla/sla-sweep.service';
import { KbService } from './support/kb.service';
import { SupportController } from './support/support.controller';
import { TICKETS_JOB_OPTIONS, TICKETS_QUEUE } from './tickets.constants';
import { TicketsController } from './tickets.controller';
import { TicketsProcessor } from './tickets.processor';
import { CurrentTriageRules } from './triage/current-triage-rules';
import { RiskAlertService } from './triage/risk-alert.service';
import { TriageBatchWriter } from './triage/triage-batch.writer';
import { TriageService } from './triage/triage.service';
import { TriageRulesAdminController } from './triage-rules-admin/triage-rules-admin.controller';
import { TriageRulesAdminService } from './triage-rules-admin/triage-rules-admin.service';
import { TriageRulesPreviewService } from './triage-rules-admin/triage-rules-preview.service';
import { TicketCommentsService } from './update/ticket-comments.service';
import { TicketUpdateService } from './update/ticket-update.service';

/** api side: intake, reading, navigators' edits, incidents, knowledge base, canned replies, admins' triage rules. */
@Module({
  imports: [OutboxModule, NotificationsModule, LiveApiModule],
  controllers: [TicketsController, IncidentsController, SupportController, TriageRulesAdminController],
  providers: [
    TicketsIntakeService,
    IntakeBatchesService,
    IntakeBatchWriter,
    TicketsQueryService,
    TicketViews,
    TicketUpdateService,
    TicketCommentsService,
    SlaPlanner,
    IncidentsService,
    KbService,
    CurrentTriageRules,
    TriageRulesAdminService,
    TriageRulesPreviewService,
  ],
})
export class TicketsApiModule {}

/** worker side: triage (in batches), risk alerts, the SLA sweep. */
@Module({
  imports: [BullModule.registerQueue({ name: TICKETS_QUEUE, defaultJobOptions: TICKETS_JOB_OPTIONS }), NotificationsModule, LivePublisherModule, MailTransportModule],
  providers: [TicketsProcessor, TriageService, TriageBatchWriter, CurrentTriageRules, RiskAlertService, SlaSweepService, SlaPlanner],
  exports: [TriageService, SlaSweepService],
})
export class TicketsWorkerModule {}
