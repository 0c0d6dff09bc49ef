import { createZodDto } from 'nestjs-zod';
import { PageQuerySchema } from '@navdesk/contracts/schemas';

/** GET /api/services: the keyset page. */
export class ListServicesQueryDto extends createZodDto(PageQuerySchema) {}
