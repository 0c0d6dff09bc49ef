export * from './lib/notification.entity';
export * from './lib/notifications.constants';
export * from './lib/notifications.service';
export * from './lib/notifications.module';
