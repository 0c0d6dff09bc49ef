import { createZodDto } from 'nestjs-zod';
import { CreateTailoringRequestSchema, DecideTailoringRequestSchema, TailoringListQuerySchema } from '@navdesk/contracts/schemas';

export class CreateTailoringDto extends createZodDto(CreateTailoringRequestSchema) {}

export class DecideTailoringDto extends createZodDto(DecideTailoringRequestSchema) {}

/** GET /api/tailoring-requests: filters and the keyset page. */
export class ListTailoringDto extends createZodDto(TailoringListQuerySchema) {}
