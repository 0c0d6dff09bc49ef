import { createZodDto } from 'nestjs-zod';
import { OidcExchangeRequestSchema } from '@navdesk/contracts/schemas';

export class OidcExchangeDto extends createZodDto(OidcExchangeRequestSchema) {}
