import { emailJobIds } from './notification-email.processor';

describe('emailJobIds', () => {
  it('reads a batch job, a job queued before batches, and nothing from a job with neither', () => {
    expect(emailJobIds({ notificationIds: ['a', 'b'] })).toEqual(['a', 'b']);
    expect(emailJobIds({ notificationId: 'a' })).toEqual(['a']);
    expect(emailJobIds({ notificationId: 7 })).toEqual([]);
    expect(emailJobIds({ notificationIds: ['a', 3, null] } as never)).toEqual(['a']);
  });
});
