import { createZodDto } from 'nestjs-zod';
import { MarkNotificationsReadRequestSchema, PageQuerySchema } from '@navdesk/contracts/schemas';

export class MarkReadDto extends createZodDto(MarkNotificationsReadRequestSchema) {}

/** GET /api/notifications: the keyset page. */
export class ListNotificationsQueryDto extends createZodDto(PageQuerySchema) {}
