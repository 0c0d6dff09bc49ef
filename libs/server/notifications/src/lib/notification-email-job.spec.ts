import { emailJobIds } from './notification-email.processor';
import { NOTIFICATION_EMAIL_BATCH, NOTIFICATION_EMAILS_PER_JOB } from './notifications.constants';

describe('emailJobIds', () => {
  it('reads a batch job, a job queued before batches, and nothing from a job with neither', () => {
    expect(emailJobIds({ notificationIds: ['a', 'b'] })).toEqual(['a', 'b']);
    expect(emailJobIds({ notificationId: 'a' })).toEqual(['a']);
    expect(emailJobIds({ notificationId: 7 })).toEqual([]);
    expect(emailJobIds({ notificationIds: ['a', 3, null] } as never)).toEqual(['a']);
  });
});

describe('NOTIFICATION_EMAIL_BATCH', () => {
  it('takes a whole job (up to NOTIFICATION_EMAILS_PER_JOB e-mails) into one batch, so a job is never split over two look-ups', () => {
    expect(NOTIFICATION_EMAIL_BATCH.emails).toBeGreaterThanOrEqual(NOTIFICATION_EMAILS_PER_JOB);
  });
});
