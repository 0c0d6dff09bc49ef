import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsCalendarIsoTime } from '@navdesk/server/core';

/** `?from&to` of a patient's engagement (README, contract): ISO dates or date-times, at most 12 months apart. */
export class EngagementRangeDto {
  @ApiPropertyOptional({ example: '2026-01-01', description: 'ISO 8601 date or date-time; default 12 weeks before `to`' })
  @IsOptional()
  @IsCalendarIsoTime()
  from?: string;

  @ApiPropertyOptional({ example: '2026-03-31', description: 'ISO 8601 date (its whole day) or date-time; default now' })
  @IsOptional()
  @IsCalendarIsoTime()
  to?: string;
}
