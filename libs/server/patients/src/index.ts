export * from './lib/patient.entity';
export * from './lib/patient-session.entity';
export * from './lib/patient-ref';
export * from './lib/patient-list-item';
export * from './lib/reachable-patient';
export * from './lib/session-attendance';
