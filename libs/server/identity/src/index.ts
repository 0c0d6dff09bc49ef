export * from './lib/identity.module';
export * from './lib/auth/password-hasher';
export * from './lib/passwords/password-policy';
export * from './lib/auth/auth.service';
export * from './lib/maintenance/identity-worker.module';
export * from './lib/maintenance/maintenance.constants';
