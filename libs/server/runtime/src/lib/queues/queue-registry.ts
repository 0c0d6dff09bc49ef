import type { Type } from '@nestjs/common';
import { ENGAGEMENT_QUEUE, EngagementWorkerModule } from '@navdesk/server/engagement';
import { IdentityWorkerModule, MAINTENANCE_QUEUE } from '@navdesk/server/identity';
import { MAIL_QUEUE, MailWorkerModule } from '@navdesk/server/mail';
import { NOTIFICATIONS_QUEUE, NotificationsWorkerModule } from '@navdesk/server/notifications';
import { REPORTS_QUEUE, ReportsWorkerModule } from '@navdesk/server/reports';
import { PROGRAMME_QUEUE, ResetsWorkerModule } from '@navdesk/server/resets';
import { TAILORING_QUEUE, TailoringWorkerModule } from '@navdesk/server/tailoring';
import { TICKETS_QUEUE, TicketsWorkerModule } from '@navdesk/server/tickets';
import { TRAINING_QUEUE, TrainingWorkerModule } from '@navdesk/server/training';

export interface QueueRegistration {
  queue: string;
  /** The worker module whose processor runs this queue. */
  worker: Type<unknown>;
}

/** The one registry of queues: the worker runs these modules, the api watches these queues. */
export const QUEUE_REGISTRY: readonly QueueRegistration[] = [
  { queue: MAIL_QUEUE, worker: MailWorkerModule },
  { queue: MAINTENANCE_QUEUE, worker: IdentityWorkerModule },
  { queue: TICKETS_QUEUE, worker: TicketsWorkerModule },
  { queue: NOTIFICATIONS_QUEUE, worker: NotificationsWorkerModule },
  { queue: PROGRAMME_QUEUE, worker: ResetsWorkerModule },
  { queue: ENGAGEMENT_QUEUE, worker: EngagementWorkerModule },
  { queue: TAILORING_QUEUE, worker: TailoringWorkerModule },
  { queue: REPORTS_QUEUE, worker: ReportsWorkerModule },
  { queue: TRAINING_QUEUE, worker: TrainingWorkerModule },
];

/** Every queue the worker runs; the api reads their depth, failures and schedules. */
export const ALL_QUEUES: readonly string[] = QUEUE_REGISTRY.map((r) => r.queue);

/** The worker modules, one per queue. */
export const QUEUE_WORKER_MODULES: readonly Type<unknown>[] = QUEUE_REGISTRY.map((r) => r.worker);
