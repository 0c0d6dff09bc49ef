import { createZodDto } from 'nestjs-zod';
import { CreateReportExportRequestSchema, IncidentsQuerySchema, OverviewQuerySchema, ReportQuerySchema, UsabilityTrendsQuerySchema } from '@navdesk/contracts/schemas';

/** The query every report takes; dates are checked by the window rule (400 naming the field). */
export class ReportQueryDto extends createZodDto(ReportQuerySchema) {}
export class UsabilityTrendsQueryDto extends createZodDto(UsabilityTrendsQuerySchema) {}
export class IncidentsQueryDto extends createZodDto(IncidentsQuerySchema) {}
export class OverviewQueryDto extends createZodDto(OverviewQuerySchema) {}
export class CreateReportExportDto extends createZodDto(CreateReportExportRequestSchema) {}
