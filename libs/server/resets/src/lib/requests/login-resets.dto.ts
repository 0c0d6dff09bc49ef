import { createZodDto } from 'nestjs-zod';
import { CreateLoginResetRequestSchema, CreateNotificationChangeRequestSchema, LoginResetListQuerySchema, PageQuerySchema } from '@navdesk/contracts/schemas';

export class CreateLoginResetDto extends createZodDto(CreateLoginResetRequestSchema) {}
/** GET /api/login-resets: `?status=&serviceId=` and the keyset page. */
export class ListLoginResetsDto extends createZodDto(LoginResetListQuerySchema) {}
/** GET /api/patients/:ref/login-resets: the keyset page. */
export class PatientResetsPageDto extends createZodDto(PageQuerySchema) {}
export class CreateNotificationChangeDto extends createZodDto(CreateNotificationChangeRequestSchema) {}
