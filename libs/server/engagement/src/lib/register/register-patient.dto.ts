import { createZodDto } from 'nestjs-zod';
import { RegisterPatientRequestSchema } from '@navdesk/contracts/schemas';

export class RegisterPatientDto extends createZodDto(RegisterPatientRequestSchema) {}
