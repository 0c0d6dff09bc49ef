import { NotificationEntity } from './notification.entity';
import { toNotificationView } from './notifications.service';

describe('notification views', () => {
  it('shows unread notifications with a null readAt and ISO times', () => {
    const n = Object.assign(new NotificationEntity(), {
      id: 'n1',
      userId: 'u1',
      type: 'assigned' as const,
      title: 'ND-000001 assigned to you',
      body: 'Triage assigned ND-000001 (P2) to you.',
      ticketId: 't1',
      createdAt: new Date('2026-11-26T09:00:00Z'),
      readAt: null,
    });
    expect(toNotificationView(n)).toEqual({ id: 'n1', type: 'assigned', title: 'ND-000001 assigned to you', body: 'Triage assigned ND-000001 (P2) to you.', ticketId: 't1', createdAt: '2026-11-26T09:00:00.000Z', readAt: null });
  });
});
