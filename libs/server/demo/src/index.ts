export * from './lib/demo-people';
export * from './lib/demo-seeder';
export * from './lib/demo.module';
export * from './lib/demo-integration-keys';
