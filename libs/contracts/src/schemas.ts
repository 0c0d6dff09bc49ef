/**
 * The contract's zod schemas, for the server (validation, OpenAPI) and tests. The console imports types and
 * constants from `@navdesk/contracts` only, so zod stays out of its bundle.
 */
export * from './lib/schemas/common.schema';
export * from './lib/schemas/tickets.schema';
export * from './lib/schemas/auth.schema';
export * from './lib/schemas/people.schema';
export * from './lib/schemas/notifications.schema';
export * from './lib/schemas/tailoring.schema';
export * from './lib/schemas/training.schema';
export * from './lib/schemas/programme.schema';
export * from './lib/schemas/resets.schema';
export * from './lib/schemas/engagement.schema';
export * from './lib/schemas/reports.schema';
export * from './lib/schemas/outcomes.schema';
export * from './lib/schemas/support.schema';
export * from './lib/schemas/health.schema';
