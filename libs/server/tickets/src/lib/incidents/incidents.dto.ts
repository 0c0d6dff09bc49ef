import { createZodDto } from 'nestjs-zod';
import { ListIncidentsQuerySchema, MergeIncidentsRequestSchema, UpdateIncidentRequestSchema } from '@navdesk/contracts/schemas';

export class ListIncidentsDto extends createZodDto(ListIncidentsQuerySchema) {}
export class UpdateIncidentDto extends createZodDto(UpdateIncidentRequestSchema) {}
export class MergeIncidentsDto extends createZodDto(MergeIncidentsRequestSchema) {}
