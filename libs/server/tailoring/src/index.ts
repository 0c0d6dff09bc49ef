export * from './lib/entities/tailoring-request.entity';
export * from './lib/tailoring.constants';
export * from './lib/tailoring.module';
export * from './lib/plan/patient-plans.module';
export * from './lib/rules/plan-composition';
export * from './lib/rules/tailoring-rules';
export * from './lib/reads/tailoring-reads.module';
export * from './lib/reads/report-views';
