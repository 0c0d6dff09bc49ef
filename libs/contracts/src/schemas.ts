/**
 * The contract's zod schemas, for the server (validation, OpenAPI) and tests. The console imports types and
 * constants from `@navdesk/contracts` only, so zod stays out of its bundle.
 */
export * from './lib/schemas/common.schema';
export * from './lib/schemas/tickets.schema';
