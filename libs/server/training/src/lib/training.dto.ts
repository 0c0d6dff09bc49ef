import { createZodDto } from 'nestjs-zod';
import {
  CreateTrainingModuleRequestSchema,
  CreateTrainingSessionRequestSchema,
  InviteToSessionRequestSchema,
  QuestionTopicsQuerySchema,
  RecordAttendanceRequestSchema,
  TrainingServiceQuerySchema,
  TrainingSessionListQuerySchema,
} from '@navdesk/contracts/schemas';

export class CreateTrainingModuleDto extends createZodDto(CreateTrainingModuleRequestSchema) {}
export class CreateTrainingSessionDto extends createZodDto(CreateTrainingSessionRequestSchema) {}
/** GET /api/training/sessions: upcoming (soonest first) or past (latest first), and the keyset page. */
export class ListTrainingSessionsDto extends createZodDto(TrainingSessionListQuerySchema) {}
export class RecordAttendanceDto extends createZodDto(RecordAttendanceRequestSchema) {}
export class InviteToSessionDto extends createZodDto(InviteToSessionRequestSchema) {}
/** `?serviceId=` of coverage and the PWP list. */
export class ServiceQueryDto extends createZodDto(TrainingServiceQuerySchema) {}
export class QuestionTopicsQueryDto extends createZodDto(QuestionTopicsQuerySchema) {}
