export * from './lib/admin.routes';
