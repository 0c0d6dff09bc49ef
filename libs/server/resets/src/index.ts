export * from './lib/entities/login-reset.entity';
export * from './lib/entities/login-reset-event.entity';
export * from './lib/entities/notification-change.entity';
export * from './lib/resets.constants';
export * from './lib/resets.module';
export * from './lib/tracking/reset-tracking.service';
export * from './lib/reads/reset-reads.module';
export * from './lib/reads/report-views';
