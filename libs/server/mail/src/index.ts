export * from './lib/mail.constants';
export * from './lib/outbound-email.entity';
export * from './lib/mail.producer';
export * from './lib/welcome-email';
export * from './lib/password-reset-email';
export * from './lib/mail.module';
export * from './lib/mail-transport';
