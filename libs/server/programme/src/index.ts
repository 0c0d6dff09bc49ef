export * from './lib/programme.errors';
export * from './lib/programme.client';
export * from './lib/programme.module';
