export * from './lib/page-header/page-header.component';
export * from './lib/empty-state/empty-state.component';
export * from './lib/error-banner/error-banner.component';
export * from './lib/loading-indicator/loading-indicator.component';
