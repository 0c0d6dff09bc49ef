export * from './lib/audit-log.entity';
export * from './lib/audit.service';
export * from './lib/audit.module';
