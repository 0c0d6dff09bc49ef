export * from './lib/tickets.routes';
