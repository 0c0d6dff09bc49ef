import { createZodDto } from 'nestjs-zod';
import { SaveTriageRulesRequestSchema, TriageRulesPreviewRequestSchema } from '@navdesk/contracts/schemas';

/** The rules themselves are checked by validateTriageRules, which names each rule and field in plain words. */
export class PreviewTriageRulesDto extends createZodDto(TriageRulesPreviewRequestSchema) {}
export class SaveTriageRulesDto extends createZodDto(SaveTriageRulesRequestSchema) {}
