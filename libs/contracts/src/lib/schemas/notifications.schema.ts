import { z } from 'zod';
import { NOTIFICATION_TYPES } from '../support';
import { isoDateTime } from './common.schema';

export const NotificationViewSchema = z
  .strictObject({
    id: z.guid(),
    type: z.enum(NOTIFICATION_TYPES),
    title: z.string(),
    body: z.string(),
    ticketId: z.guid().nullable().meta({ description: 'The ticket it is about, if any' }),
    createdAt: isoDateTime(),
    readAt: isoDateTime().nullable().meta({ description: 'Null while unread' }),
  })
  .meta({ id: 'NotificationView', description: 'One notification in the caller’s bell' });

export const NotificationSummarySchema = z
  .strictObject({ unread: z.int().meta({ description: 'Notifications the caller has not read' }) })
  .meta({ id: 'NotificationSummary' });

/** `POST /api/notifications/read`: some notifications by id, or all of them. */
export const MarkNotificationsReadRequestSchema = z.strictObject({
  ids: z.array(z.guid({ error: 'must hold notification ids' })).max(500).optional(),
  all: z.boolean({ error: 'must be true or false' }).optional().meta({ description: 'Every unread notification of the caller' }),
});
