export * from './lib/api/api.module';
export * from './lib/api/configure-api';
export * from './lib/api/openapi/write-openapi-document';
export * from './lib/worker/worker.module';
export * from './lib/queues/queue-registry';
