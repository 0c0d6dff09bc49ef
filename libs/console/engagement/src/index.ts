export * from './lib/engagement.routes';
