import { createZodDto } from 'nestjs-zod';
import { CaseloadQuerySchema } from '@navdesk/contracts/schemas';

/** Caseload filters beyond paging: ids and enums only, never a patient ref in a query string. */
export class CaseloadQueryDto extends createZodDto(CaseloadQuerySchema) {}
