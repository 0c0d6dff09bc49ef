import { createZodDto } from 'nestjs-zod';
import { CreateTicketRequestSchema } from '@navdesk/contracts/schemas';

export class CreateTicketDto extends createZodDto(CreateTicketRequestSchema) {}
