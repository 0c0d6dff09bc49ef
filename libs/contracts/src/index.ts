export * from './lib/roles';
export * from './lib/errors';
export * from './lib/pagination';
export * from './lib/auth';
export * from './lib/people';
export * from './lib/patients';
export * from './lib/health';
