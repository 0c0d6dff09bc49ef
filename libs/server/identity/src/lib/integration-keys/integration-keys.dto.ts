import { createZodDto } from 'nestjs-zod';
import { CreateIntegrationKeyRequestSchema } from '@navdesk/contracts/schemas';

export class CreateIntegrationKeyDto extends createZodDto(CreateIntegrationKeyRequestSchema) {}
