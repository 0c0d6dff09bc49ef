export * from './lib/entities/training-module.entity';
export * from './lib/entities/training-session.entity';
export * from './lib/entities/training-booking.entity';
export * from './lib/entities/training-attendance.entity';
export * from './lib/entities/training-invitation.entity';
export * from './lib/training.module';
export * from './lib/rules/question-topic';
export * from './lib/reads/report-views';
