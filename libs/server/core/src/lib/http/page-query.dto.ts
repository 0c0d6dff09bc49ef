import { createZodDto } from 'nestjs-zod';
import { PageQuerySchema } from '@navdesk/contracts/schemas';

/** `?limit=&cursor=` of every list (contract: keyset pagination). Each list decodes its cursor with its own `defineCursor`. */
export class PageQueryDto extends createZodDto(PageQuerySchema) {}
