export * from './lib/resets.routes';
