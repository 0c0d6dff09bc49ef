import { z } from 'zod';
import { REMINDER_FREQUENCIES } from '../programme';
import { NOTIFICATION_CHANGE_STATUSES, RESET_CHANNELS, RESET_EVENT_TYPES, RESET_STATUSES } from '../resets';
import { isoDateTime, PageQuerySchema, personRef, wrongType } from './common.schema';
import { NotificationSettingsSchema, ProgrammeAccountSchema } from './programme.schema';

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

export const CreateLoginResetRequestSchema = z.strictObject({
  patientRef: z.string({ error: 'must be a patient ref such as P-7QK2M9' }).max(20).meta({ example: 'P-7QK2M9' }),
  channel: z.enum(RESET_CHANNELS, { error: 'must be email or sms' }),
});

export const LoginResetListQuerySchema = PageQuerySchema.extend({
  status: z.enum(RESET_STATUSES).optional(),
  serviceId: z.guid({ error: 'must be a service id' }).optional(),
});

export const LoginResetEventViewSchema = z
  .strictObject({ at: isoDateTime(), type: z.enum(RESET_EVENT_TYPES), detail: z.string().nullable(), actorName: z.string().nullable() })
  .meta({ id: 'LoginResetEventView' });

export const LoginResetViewSchema = z
  .strictObject({
    id: z.guid(),
    patientRef: z.string(),
    serviceId: z.guid(),
    channel: z.enum(RESET_CHANNELS),
    status: z.enum(RESET_STATUSES),
    attempts: z.int().meta({ description: 'Calls made to the programme so far' }),
    lastError: z.string().nullable(),
    requestedBy: personRef(),
    createdAt: isoDateTime(),
    sentAt: isoDateTime().nullable(),
    expiresAt: isoDateTime().nullable().meta({ description: 'When a sent reset expires if the patient has not logged in' }),
    completedAt: isoDateTime().nullable(),
    failedAt: isoDateTime().nullable(),
    expiredAt: isoDateTime().nullable(),
    ticket: z
      .strictObject({ id: z.guid(), reference: z.string() })
      .nullable()
      .meta({ description: 'The tech-support ticket opened when the reset failed' }),
  })
  .meta({ id: 'LoginResetView', description: 'A log-in reset asked of the digital programme, tracked until the patient is back in' });

export const LoginResetDetailSchema = LoginResetViewSchema.extend({ timeline: z.array(LoginResetEventViewSchema) }).meta({ id: 'LoginResetDetail' });

export const CreatedLoginResetSchema = LoginResetViewSchema.extend({
  duplicate: z.boolean().meta({ description: 'True when a reset for this patient was already under way: that one is answered (200), and the patient gets one message' }),
}).meta({ id: 'CreatedLoginReset', description: 'POST /api/login-resets answers 202 with a new reset, or 200 with the one already under way' });

export const CreateNotificationChangeRequestSchema = z.strictObject({
  reminderFrequency: z.enum(REMINDER_FREQUENCIES),
  quietHours: z
    .strictObject({
      from: z.string().regex(HH_MM, { error: 'must be HH:MM' }).meta({ example: '21:00' }),
      to: z.string().regex(HH_MM, { error: 'must be HH:MM' }).meta({ example: '08:00' }),
    })
    .nullable()
    .optional()
    .meta({ description: "Local times 'HH:MM'; null or absent for none" }),
  reason: z
    .string({ error: wrongType('must be text') })
    .min(5, { error: 'must say why, in at least 5 characters' })
    .max(500)
    .meta({ example: 'Patient says the daily reminders are overwhelming' }),
});

export const NotificationChangeViewSchema = z
  .strictObject({
    id: z.guid(),
    patientRef: z.string(),
    serviceId: z.guid(),
    status: z.enum(NOTIFICATION_CHANGE_STATUSES),
    settings: NotificationSettingsSchema,
    reason: z.string(),
    attempts: z.int(),
    lastError: z.string().nullable(),
    requestedBy: personRef(),
    createdAt: isoDateTime(),
    appliedAt: isoDateTime().nullable(),
  })
  .meta({ id: 'NotificationChangeView', description: 'A navigator lowering a patient’s reminders through the programme' });

export const ProgrammeAccountViewSchema = ProgrammeAccountSchema.extend({ fetchedAt: isoDateTime() }).meta({
  id: 'ProgrammeAccountView',
  description: 'The programme’s view of a patient’s account, fetched on demand (Navdesk keeps no copy)',
});

export const AuditTrailEntrySchema = z
  .strictObject({ at: isoDateTime(), action: z.string(), outcome: z.string(), actor: z.string().nullable(), actorType: z.string() })
  .meta({ id: 'AuditTrailEntry', description: 'One row of the audit log about a reset: who did or read what, when' });
