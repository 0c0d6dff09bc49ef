export * from './lib/entities';
export * from './lib/database.module';
export * from './migrations';
