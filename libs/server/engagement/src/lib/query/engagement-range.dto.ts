import { createZodDto } from 'nestjs-zod';
import { EngagementRangeQuerySchema } from '@navdesk/contracts/schemas';

/** `?from&to` of a patient's engagement (README, contract): ISO dates or date-times, at most 12 months apart. */
export class EngagementRangeDto extends createZodDto(EngagementRangeQuerySchema) {}
