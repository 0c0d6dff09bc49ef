export * from './lib/engagement.routes';
// Pieces other areas arrange: the patient page's panels, the brief, today's briefs, the badges.
export * from './lib/badges/activity-chip.component';
export * from './lib/badges/flag-chip.component';
export * from './lib/badges/mood-trend.component';
export * from './lib/badges/flag-acknowledge.component';
export * from './lib/badges/engagement-labels';
export * from './lib/patient/engagement/engagement-section.component';
export * from './lib/patient/flags/patient-flags-panel.component';
export * from './lib/brief/brief-page.component';
export * from './lib/todays-briefs/todays-briefs.component';
