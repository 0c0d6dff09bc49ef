export * from './lib/patient.entity';
export * from './lib/patient-session.entity';
export * from './lib/patient-ref';
export * from './lib/patients.service';
export * from './lib/patients.module';
export * from './lib/reachable-patient';
