import { Module } from '@nestjs/common';
import { QueueDashboardAccess } from './queue-dashboard-access';
import { QueueDashboardSessionController } from './queue-dashboard-session.controller';

/** The hand-over route and the cookie check; the board itself is mounted by `mountQueueDashboard`. */
@Module({
  controllers: [QueueDashboardSessionController],
  providers: [QueueDashboardAccess],
  exports: [QueueDashboardAccess],
})
export class QueueDashboardModule {}
