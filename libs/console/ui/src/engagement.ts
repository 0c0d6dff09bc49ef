// Entry @navdesk/console/ui/engagement: patient-engagement badges (activity, flags, mood) and the
// acknowledge-a-flag form. Kept out of the main barrel so the shell and sign-in do not load the
// forms they use; their words (engagement-labels) are in the main barrel.
export * from './lib/engagement/activity-chip.component';
export * from './lib/engagement/flag-chip.component';
export * from './lib/engagement/mood-trend.component';
export * from './lib/engagement/flag-acknowledge.component';
