import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { ACTIVITY_BANDS, CASELOAD_SORTS, FLAG_KINDS, type ActivityBand, type CaseloadSort, type FlagKind } from '@navdesk/contracts';
import { PageQueryDto } from '@navdesk/server/core';

export class CaseloadQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'only this PWP’s patients (navigators)' })
  @IsOptional()
  @IsUUID('all', { message: 'pwpId must be a user id' })
  pwpId?: string;

  @ApiPropertyOptional({ enum: FLAG_KINDS })
  @IsOptional()
  @IsIn(FLAG_KINDS, { message: `flag must be one of ${FLAG_KINDS.join(', ')}` })
  flag?: FlagKind;

  @ApiPropertyOptional({ enum: ACTIVITY_BANDS, description: 'recent ≤ 2 days, week ≤ 7 days, older, never' })
  @IsOptional()
  @IsIn(ACTIVITY_BANDS, { message: `activity must be one of ${ACTIVITY_BANDS.join(', ')}` })
  activity?: ActivityBand;

  @ApiPropertyOptional({ enum: CASELOAD_SORTS, default: 'ref' })
  @IsOptional()
  @IsIn(CASELOAD_SORTS, { message: `sort must be one of ${CASELOAD_SORTS.join(', ')}` })
  sort?: CaseloadSort;
}
