import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import type { AfterHook, BeforeHook } from '@bull-board/api/dist/types';
import { ExpressAdapter } from '@bull-board/express';
import type { Queue } from 'bullmq';
import type { Router } from 'express';
import type { AuditService } from '@navdesk/server/audit';
import { currentDashboardActor } from './dashboard-actor';
import { dashboardAuditTarget, isMutating } from './queue-dashboard-audit';
import { QUEUE_DASHBOARD_PATH } from './queue-dashboard.constants';

/** A change the access check did not let in as an admin is refused (it never is: defence in depth). */
const requireActor: BeforeHook = ({ method }) => (isMutating(method) && !currentDashboardActor() ? { allow: false, status: 403 } : undefined);

/** Every change made through the board is audited once it has succeeded, naming the admin and the target. */
function auditingChanges(audit: AuditService): AfterHook {
  return async ({ method, route, request }, result) => {
    const target = dashboardAuditTarget(method, route, request.params);
    const actor = currentDashboardActor();
    if (target && actor && (result.status ?? 200) < 400) {
      await audit.record({
        actor: { type: 'user', id: actor.userId, label: actor.email },
        outcome: 'success',
        ...target,
      });
    }
    return result;
  };
}

/** bull-board over the given queues, as an Express app to mount at QUEUE_DASHBOARD_PATH. */
export function createQueueDashboard(queues: readonly Queue[], audit: AuditService): Router {
  const serverAdapter = new ExpressAdapter().setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({
    queues: queues.map((queue) => new BullMQAdapter(queue)),
    serverAdapter,
    options: {
      uiConfig: {
        boardTitle: 'Navdesk queues',
        // British dates and 24-hour times, as in the console.
        locale: { lng: 'en-GB' },
        hideDocsLink: true,
        miscLinks: [{ text: 'Back to the console', url: '/admin/failed-jobs' }],
      },
      handlerHooks: { before: requireActor, after: auditingChanges(audit) },
    },
  });
  return serverAdapter.getRouter() as Router;
}
