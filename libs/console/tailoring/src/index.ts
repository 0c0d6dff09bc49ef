export * from './lib/tailoring.routes';
// The patient page's tailoring panel.
export * from './lib/patient/tailoring-panel.component';
