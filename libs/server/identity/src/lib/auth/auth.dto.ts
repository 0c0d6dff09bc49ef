import { createZodDto } from 'nestjs-zod';
import { LoginRequestSchema } from '@navdesk/contracts/schemas';

export class LoginDto extends createZodDto(LoginRequestSchema) {}
