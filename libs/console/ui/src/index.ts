export * from './lib/page-header/page-header.component';
export * from './lib/empty-state/empty-state.component';
export * from './lib/error-banner/error-banner.component';
export * from './lib/loading-indicator/loading-indicator.component';
// Words for domain values that a domain and the reports read model (or the shell) both show.
export * from './lib/labels/ticket-labels';
export * from './lib/labels/flag-labels';
export * from './lib/labels/tailoring-labels';
export * from './lib/confirm-dialog/confirm-dialog.component';
export * from './lib/london-time/london-time';
// British dates: shown in UK time, picked and typed as DD/MM/YYYY.
export * from './lib/uk-date/uk-date.pipe';
export * from './lib/uk-date/calendar-date';
export * from './lib/uk-date/provide-uk-datepicker';
export * from './lib/navigation/navigation';
export * from './lib/load-more/load-more.component';
export * from './lib/filter-bar/filter-bar.component';
export * from './lib/filter-bar/filter-select.component';
export * from './lib/form-shell/form-shell';
export * from './lib/list-page/list-page.component';
export * from './lib/list-page/list-page-body.directive';
export * from './lib/report-section/report-section.component';
