// Entry @navdesk/console/engagement/testing: the patient engagement fixtures, for the specs of the
// pages that arrange engagement's panels (the patient page). Never imported by production code.
export * from './lib/testing/patient-engagement-fixtures';
