import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { OutboxModule } from '@navdesk/server/core';
import { MailTransportModule } from '@navdesk/server/mail';
import { NotificationEmailProcessor } from './notification-email.processor';
import { NOTIFICATIONS_QUEUE } from './notifications.constants';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';

/** Writing notifications (api and worker). */
@Module({ imports: [OutboxModule], providers: [NotificationsService], exports: [NotificationsService] })
export class NotificationsModule {}

/** The api's bell endpoints. */
@Module({ imports: [NotificationsModule], controllers: [NotificationsController] })
export class NotificationsApiModule {}

/** The worker's e-mail for each notification. */
@Module({ imports: [BullModule.registerQueue({ name: NOTIFICATIONS_QUEUE }), MailTransportModule], providers: [NotificationEmailProcessor] })
export class NotificationsWorkerModule {}
