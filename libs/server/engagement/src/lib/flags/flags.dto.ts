import { createZodDto } from 'nestjs-zod';
import { AcknowledgeFlagRequestSchema, FlagThresholdsRequestSchema, ListFlagsQuerySchema } from '@navdesk/contracts/schemas';

export class ListFlagsDto extends createZodDto(ListFlagsQuerySchema) {}
export class AcknowledgeFlagDto extends createZodDto(AcknowledgeFlagRequestSchema) {}
export class FlagThresholdsDto extends createZodDto(FlagThresholdsRequestSchema) {}
