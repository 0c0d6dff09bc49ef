import { createZodDto } from 'nestjs-zod';
import { BulkAssignRequestSchema, CreateCommentRequestSchema, TicketFeedbackRequestSchema, UpdateTicketRequestSchema } from '@navdesk/contracts/schemas';

export class UpdateTicketDto extends createZodDto(UpdateTicketRequestSchema) {}
export class BulkAssignDto extends createZodDto(BulkAssignRequestSchema) {}
export class CreateCommentDto extends createZodDto(CreateCommentRequestSchema) {}
export class TicketFeedbackDto extends createZodDto(TicketFeedbackRequestSchema) {}
