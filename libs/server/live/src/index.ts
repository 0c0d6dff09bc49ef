export * from './lib/live-events.publisher';
export * from './lib/live-events.hub';
export * from './lib/live-events.controller';
export * from './lib/live.module';
