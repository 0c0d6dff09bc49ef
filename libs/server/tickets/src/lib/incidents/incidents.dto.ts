import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';
import { FIXABILITIES, INCIDENT_STATUSES, type Fixability, type IncidentStatus, type MergeIncidentsRequest, type UpdateIncidentRequest } from '@navdesk/contracts';
import { PageQueryDto } from '@navdesk/server/core';

export class ListIncidentsDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: INCIDENT_STATUSES })
  @IsOptional()
  @IsIn(INCIDENT_STATUSES, { message: `status must be one of ${INCIDENT_STATUSES.join(', ')}` })
  status?: IncidentStatus;
}

export class UpdateIncidentDto implements UpdateIncidentRequest {
  @ApiProperty() @IsInt({ message: 'version must be a whole number' }) @Min(1) version!: number;

  @ApiPropertyOptional({ enum: INCIDENT_STATUSES })
  @IsOptional()
  @IsIn(INCIDENT_STATUSES, { message: `status must be one of ${INCIDENT_STATUSES.join(', ')}` })
  status?: IncidentStatus;

  @ApiPropertyOptional({ enum: FIXABILITIES })
  @IsOptional()
  @IsIn(FIXABILITIES, { message: `fixability must be one of ${FIXABILITIES.join(', ')}` })
  fixability?: Fixability;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MinLength(3, { message: 'title must be at least 3 characters' })
  @MaxLength(200)
  title?: string;
}

export class MergeIncidentsDto implements MergeIncidentsRequest {
  @ApiProperty() @IsInt({ message: 'version must be a whole number' }) @Min(1) version!: number;
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'sourceIncidentId must be an incident id' }) sourceIncidentId!: string;
}
