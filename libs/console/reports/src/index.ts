export * from './lib/reports.routes';
export * from './lib/week-on-week/week-on-week.component';
