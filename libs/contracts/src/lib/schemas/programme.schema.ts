import { z } from 'zod';
import { ACCOUNT_STATUSES, REMINDER_FREQUENCIES } from '../programme';
import { isoDateTime } from './common.schema';

/** The digital programme's shapes that Navdesk's API passes on (the patient's account, their reminder settings). */
export const NotificationSettingsSchema = z
  .strictObject({
    reminderFrequency: z.enum(REMINDER_FREQUENCIES),
    quietHours: z
      .strictObject({ from: z.string(), to: z.string() })
      .nullable()
      .meta({ description: "Local times 'HH:MM'; null when the patient has none" }),
  })
  .meta({ id: 'NotificationSettings' });

export const ProgrammeAccountSchema = z
  .strictObject({
    patientRef: z.string(),
    status: z.enum(ACCOUNT_STATUSES),
    lastLoginAt: isoDateTime().nullable(),
    appVersion: z.string(),
    device: z.string(),
    notificationSettings: NotificationSettingsSchema,
    modulePlan: z.array(z.string()).meta({ description: 'The modules the patient’s plan asks of them (after any tailoring)' }),
  })
  .meta({ id: 'ProgrammeAccount', description: 'A patient’s account as the digital programme holds it' });
