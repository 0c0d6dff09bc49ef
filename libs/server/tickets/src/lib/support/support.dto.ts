import { createZodDto } from 'nestjs-zod';
import { CreateCannedReplyRequestSchema, CreateKbArticleRequestSchema, KbArticleOpenedRequestSchema, ListKbQuerySchema, NavigatorsQuerySchema } from '@navdesk/contracts/schemas';

export class CreateCannedReplyDto extends createZodDto(CreateCannedReplyRequestSchema) {}
export class ListKbDto extends createZodDto(ListKbQuerySchema) {}
export class CreateKbArticleDto extends createZodDto(CreateKbArticleRequestSchema) {}
export class KbOpenedDto extends createZodDto(KbArticleOpenedRequestSchema) {}
export class NavigatorsQueryDto extends createZodDto(NavigatorsQuerySchema) {}
