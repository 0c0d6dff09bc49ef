import {
  NotificationChangeStatus,
  NotificationSettings,
  ProgrammeAccountStatus,
  ReminderFrequency,
} from '@navdesk/contracts';

export const REMINDER_FREQUENCY_LABELS: Record<ReminderFrequency, string> = {
  daily: 'Every day',
  every_2_days: 'Every 2 days',
  every_3_days: 'Every 3 days',
  weekly: 'Once a week',
  off: 'Off (no reminders)',
};

export const NOTIFICATION_CHANGE_STATUS_LABELS: Record<
  NotificationChangeStatus,
  string
> = {
  queued: 'Queued',
  applied: 'Applied',
  failed: 'Failed',
};

export const ACCOUNT_STATUS_LABELS: Record<ProgrammeAccountStatus, string> = {
  active: 'Active',
  locked: 'Locked',
};

/** "Every 3 days, quiet hours 21:00–08:00". */
export function describeReminders(settings: NotificationSettings): string {
  const frequency = REMINDER_FREQUENCY_LABELS[settings.reminderFrequency];
  return settings.quietHours
    ? `${frequency}, quiet hours ${settings.quietHours.from}–${settings.quietHours.to}`
    : `${frequency}, no quiet hours`;
}
