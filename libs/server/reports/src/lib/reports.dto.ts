import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { Equals, IsIn, IsInt, IsObject, IsOptional, IsString, IsUUID, Max, Min } from 'class-validator';
import { REPORT_GROUPINGS, REPORT_INTERVALS, REPORT_NAMES, type CreateReportExportRequest, type ReportGrouping, type ReportInterval, type ReportName } from '@navdesk/contracts';

/** The query every report takes; dates are checked by the window rule (400 naming the field). */
export class ReportQueryDto {
  @ApiPropertyOptional({ example: '2026-09-01', description: 'first London day, inclusive (default: 12 weeks ago)' })
  @IsOptional()
  @IsString({ message: 'from must be a date YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-11-30', description: 'last London day, inclusive: today counts all of today (default: today)' })
  @IsOptional()
  @IsString({ message: 'to must be a date YYYY-MM-DD' })
  to?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'one of your services (default: all of them)' })
  @IsOptional()
  @IsUUID('all', { message: 'serviceId must be a service id' })
  serviceId?: string;
}

export class UsabilityTrendsQueryDto extends ReportQueryDto {
  @ApiPropertyOptional({ enum: REPORT_INTERVALS, default: 'week' })
  @IsOptional()
  @IsIn(REPORT_INTERVALS, { message: 'interval must be day, week or month' })
  interval: ReportInterval = 'week';

  @ApiPropertyOptional({ enum: REPORT_GROUPINGS, default: 'theme' })
  @IsOptional()
  @IsIn(REPORT_GROUPINGS, { message: 'groupBy must be theme or category' })
  groupBy: ReportGrouping = 'theme';
}

export class IncidentsQueryDto extends ReportQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 10 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1, { message: 'limit must be at least 1' })
  @Max(50, { message: 'limit must be at most 50' })
  limit = 10;
}

export class OverviewQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'serviceId must be a service id' })
  serviceId?: string;
}

export class CreateReportExportDto implements CreateReportExportRequest {
  @ApiProperty({ enum: REPORT_NAMES })
  @IsIn(REPORT_NAMES, { message: `report must be one of ${REPORT_NAMES.join(', ')}` })
  report!: ReportName;

  @ApiProperty({ enum: ['csv'] })
  @Equals('csv', { message: 'format must be csv' })
  format!: 'csv';

  @ApiProperty({ example: { from: '2025-12-01', to: '2026-12-01', interval: 'day', groupBy: 'theme' } })
  @IsObject({ message: 'params must be an object of the report’s query' })
  params!: Record<string, string>;
}
