import { describeResetEvent, describeResetStatus } from './reset-wording';

describe('reset wording', () => {
  it('tells what a sent reset means and when it expires', () => {
    expect(
      describeResetStatus({
        status: 'sent',
        channel: 'email',
        attempts: 1,
        ticket: null,
      }),
    ).toBe(
      'Link sent by email. It will show completed when the patient logs in; it expires after 72 hours.',
    );
  });

  it('names the ticket a failed reset opened, and the attempts made', () => {
    const text = describeResetStatus({
      status: 'failed',
      channel: 'sms',
      attempts: 5,
      ticket: { id: 't-1', reference: 'ND-000042' },
    });
    expect(text).toContain('after 5 attempts');
    expect(text).toContain('ND-000042');
  });

  it('says a queued reset that hit a fault is being retried by itself', () => {
    expect(
      describeResetStatus({
        status: 'queued',
        channel: 'email',
        attempts: 2,
        ticket: null,
      }),
    ).toContain('attempt 2 of 5');
  });

  it('describes timeline events with who did them', () => {
    expect(
      describeResetEvent(
        {
          at: '2026-03-02T09:00:00.000Z',
          type: 'requested',
          detail: null,
          actorName: 'Priya Patel',
        },
        'sms',
      ),
    ).toBe('Priya Patel asked for a reset link by text message (SMS)');
  });
});
