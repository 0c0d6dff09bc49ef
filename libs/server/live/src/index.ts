export * from './lib/live-events.publisher';
export * from './lib/live-events.hub';
export * from './lib/live-events.controller';
export * from './lib/live.module';
export * from './lib/session-revocation.publisher';
export * from './lib/live-stream-sessions.service';
