export * from './lib/resets.routes';
// The patient page's resets panels: log-in resets, the programme account and its reminders.
export * from './lib/patient/reset-panel.component';
export * from './lib/patient/account-panel.component';
export * from './lib/patient/notifications-panel.component';
