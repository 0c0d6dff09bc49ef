import { getQueueToken } from '@nestjs/bullmq';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Queue } from 'bullmq';
import { AuditService } from '@navdesk/server/audit';
import { noStoreMiddleware } from '@navdesk/server/core';
import { ALL_QUEUES } from '../../queues/queue-registry';
import { QueueDashboardAccess } from './queue-dashboard-access';
import { servingPageWithoutExternalStylesheets } from './queue-dashboard-page';
import { createQueueDashboard } from './queue-dashboard.board';
import { QUEUE_DASHBOARD_PATH } from './queue-dashboard.constants';

/**
 * bull-board at /admin/queues, behind the cookie check, for every queue of the registry. Mounted as Express
 * middleware outside the `/api` prefix; the console's page fallback leaves this path alone (SERVER_PATHS).
 */
export function mountQueueDashboard(app: NestExpressApplication, queueNames: readonly string[] = ALL_QUEUES): void {
  // The queues the api already holds (OperationsModule registers each): a second registration would
  // open a Redis connection per queue for nothing. A queue nobody registered fails the start, loudly.
  const queues = queueNames.map((name) => app.get<Queue>(getQueueToken(name), { strict: false }));
  const access = app.get(QueueDashboardAccess, { strict: false });
  app.use(QUEUE_DASHBOARD_PATH, noStoreMiddleware, access.middleware, servingPageWithoutExternalStylesheets, createQueueDashboard(queues, app.get(AuditService, { strict: false })));
}
