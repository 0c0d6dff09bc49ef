export * from './lib/metrics-registry';
export * from './lib/scrape-collectors';
export * from './lib/metrics-endpoint';
export * from './lib/api/http-metrics';
export * from './lib/api/api-metrics.module';
export * from './lib/api/mount-api-metrics';
export * from './lib/worker/worker-metrics.module';
export * from './lib/worker/worker-http.server';
