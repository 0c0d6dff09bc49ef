import { Controller, Delete, HttpCode, Post, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, Roles, type UserPrincipal } from '@navdesk/server/access';
import { AuditService } from '@navdesk/server/audit';
import { ApiNoContent } from '@navdesk/server/core';
import { QueueDashboardAccess } from './queue-dashboard-access';

/**
 * The hand-over to the queue dashboard: the console keeps its bearer token in session storage, so a
 * full-page visit to /admin/queues carries none. An admin asks here (with the token) for a short-lived
 * cookie bound to their session, then opens the page.
 */
@ApiTags('operations')
@Controller('admin/queues')
export class QueueDashboardSessionController {
  constructor(
    private readonly access: QueueDashboardAccess,
    private readonly audit: AuditService,
  ) {}

  @Roles('admin')
  @Post('session')
  @HttpCode(204)
  @ApiOperation({ summary: 'Open the queue dashboard', description: 'Sets the navdesk_queues cookie (five minutes, renewed while the dashboard is in use) for a full-page visit to /admin/queues. Audited.' })
  @ApiNoContent('The cookie is set')
  async open(@CurrentUser() user: UserPrincipal, @Res({ passthrough: true }) res: Response): Promise<void> {
    this.access.issue(res, user.sessionId);
    await this.audit.record({
      actor: { type: 'user', id: user.userId, label: user.email },
      action: 'queues.dashboard_open',
      outcome: 'success',
    });
  }

  @Roles('admin')
  @Delete('session')
  @HttpCode(204)
  @ApiOperation({ summary: 'Close the queue dashboard', description: 'Clears the navdesk_queues cookie.' })
  @ApiNoContent('The cookie is cleared')
  close(@Res({ passthrough: true }) res: Response): void {
    this.access.clear(res);
  }
}
