export const NOTIFICATIONS_QUEUE = 'notifications';
export const NOTIFICATION_JOBS = { email: 'email' } as const;

export interface NotificationEmailJob {
  notificationId: string;
}
