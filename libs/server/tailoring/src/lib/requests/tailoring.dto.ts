import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';
import {
  TAILORING_ACTIONS,
  TAILORING_DECISIONS,
  TAILORING_STATUSES,
  type CreateTailoringRequest,
  type DecideTailoringRequest,
  type TailoringAction,
  type TailoringDecision,
  type TailoringStatus,
} from '@navdesk/contracts';
import { PageQueryDto } from '@navdesk/server/core';

export class CreateTailoringDto implements CreateTailoringRequest {
  @ApiProperty({ example: 'P-7QK2M9' })
  @IsString({ message: 'patientRef must be a patient ref such as P-7QK2M9' })
  @MaxLength(20, { message: 'patientRef must be a patient ref such as P-7QK2M9' })
  patientRef!: string;

  @ApiProperty({ example: 'm03-thoughts-and-feelings' })
  @IsString({ message: 'moduleId must be a programme module id' })
  @MaxLength(100, { message: 'moduleId must be a programme module id' })
  moduleId!: string;

  @ApiProperty({ enum: TAILORING_ACTIONS })
  @IsIn(TAILORING_ACTIONS, { message: 'action must be skip, replace or add' })
  action!: TailoringAction;

  @ApiPropertyOptional({ example: 'm05-managing-worry', description: 'required for replace' })
  @IsOptional()
  @IsString({ message: 'replacementModuleId must be a programme module id' })
  @MaxLength(100, { message: 'replacementModuleId must be a programme module id' })
  replacementModuleId?: string;

  @ApiProperty({ example: 'Co-morbid anxiety: worry content first' })
  @IsString({ message: 'reason must be text' })
  @MinLength(5, { message: 'reason must be at least 5 characters' })
  @MaxLength(500, { message: 'reason must be at most 500 characters' })
  reason!: string;
}

export class DecideTailoringDto implements DecideTailoringRequest {
  @ApiProperty({ description: 'the version that was read' })
  @IsInt({ message: 'version must be a whole number' })
  @Min(1, { message: 'version must be at least 1' })
  version!: number;

  @ApiProperty({ enum: TAILORING_DECISIONS })
  @IsIn(TAILORING_DECISIONS, { message: 'decision must be approved or declined' })
  decision!: TailoringDecision;

  @ApiProperty({ example: 'Agreed: worry module suits the co-morbid anxiety' })
  @IsString({ message: 'note must be text' })
  @MinLength(2, { message: 'note must be at least 2 characters' })
  @MaxLength(1000, { message: 'note must be at most 1000 characters' })
  note!: string;
}

export class ListTailoringDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: TAILORING_STATUSES })
  @IsOptional()
  @IsIn(TAILORING_STATUSES, { message: `status must be one of ${TAILORING_STATUSES.join(', ')}` })
  status?: TailoringStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'serviceId must be a service id' })
  serviceId?: string;
}
