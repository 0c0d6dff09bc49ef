export * from './lib/tailoring.routes';
