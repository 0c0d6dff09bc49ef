// Test-only entry (@navdesk/server/runtime/testing): never imported by the apps' bundles.
export * from './api-test-app';
export * from './worker-test-app';
export * from './wait-for-drained';
