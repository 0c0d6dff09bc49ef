import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUrl, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import {
  TRAINING_FORMATS,
  TRAINING_LIMITS,
  TRAINING_SESSION_MODES,
  TRAINING_TOPICS,
  type CreateTrainingModuleRequest,
  type CreateTrainingSessionRequest,
  type InviteToSessionRequest,
  type RecordAttendanceRequest,
  type TrainingFormat,
  type TrainingSessionMode,
  type TrainingTopic,
} from '@navdesk/contracts';
import { PageQueryDto } from '@navdesk/server/core';

export class CreateTrainingModuleDto implements CreateTrainingModuleRequest {
  @ApiProperty({ example: 'Reading a patient’s mood chart' })
  @IsString({ message: 'title must be text' })
  @MinLength(3, { message: 'title must be at least 3 characters' })
  @MaxLength(200, { message: 'title must be at most 200 characters' })
  title!: string;

  @ApiProperty({ enum: TRAINING_TOPICS })
  @IsIn(TRAINING_TOPICS, { message: `topic must be one of ${TRAINING_TOPICS.join(', ')}` })
  topic!: TrainingTopic;

  @ApiProperty({ enum: TRAINING_FORMATS })
  @IsIn(TRAINING_FORMATS, { message: `format must be one of ${TRAINING_FORMATS.join(', ')}` })
  format!: TrainingFormat;

  @ApiProperty({ minimum: 5, maximum: 480 })
  @IsInt({ message: 'durationMinutes must be a whole number' })
  @Min(5, { message: 'durationMinutes must be at least 5' })
  @Max(480, { message: 'durationMinutes must be at most 480' })
  durationMinutes!: number;

  @ApiPropertyOptional({ nullable: true, example: 'https://learning.example.nhs.uk/b-cbt/mood-chart' })
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'materialUrl must be an https:// link' })
  @MaxLength(500, { message: 'materialUrl must be at most 500 characters' })
  materialUrl?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: 'description must be text' })
  @MaxLength(2000, { message: 'description must be at most 2000 characters' })
  description?: string;

  @ApiPropertyOptional({ description: 'part of the core induction' })
  @IsOptional()
  @IsBoolean({ message: 'core must be true or false' })
  core?: boolean;

  @ApiPropertyOptional({ format: 'uuid', description: 'needed when you work for more than one service' })
  @IsOptional()
  @IsUUID('all', { message: 'serviceId must be a service id' })
  serviceId?: string;
}

export class CreateTrainingSessionDto implements CreateTrainingSessionRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'moduleId must be a training module id' })
  moduleId!: string;

  @ApiProperty({ example: '2026-12-03T14:00:00Z' })
  @IsISO8601({ strict: true }, { message: 'startsAt must be an ISO 8601 time' })
  startsAt!: string;

  @ApiProperty({ minimum: 1, maximum: TRAINING_LIMITS.capacityMax })
  @IsInt({ message: 'capacity must be a whole number' })
  @Min(1, { message: 'capacity must be at least 1' })
  @Max(TRAINING_LIMITS.capacityMax, { message: `capacity must be at most ${TRAINING_LIMITS.capacityMax}` })
  capacity!: number;

  @ApiPropertyOptional({ enum: TRAINING_SESSION_MODES, default: 'online' })
  @IsOptional()
  @IsIn(TRAINING_SESSION_MODES, { message: 'mode must be online or in_person' })
  mode?: TrainingSessionMode;

  @ApiPropertyOptional({ nullable: true, example: 'Room 2, Riverside Centre' })
  @IsOptional()
  @IsString({ message: 'location must be text' })
  @MaxLength(300, { message: 'location must be at most 300 characters' })
  location?: string | null;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'serviceId must be a service id' })
  serviceId?: string;
}

export class ListTrainingSessionsDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['upcoming', 'past'], default: 'upcoming' })
  @IsOptional()
  @IsIn(['upcoming', 'past'], { message: 'when must be upcoming or past' })
  when: 'upcoming' | 'past' = 'upcoming';

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'moduleId must be a training module id' })
  moduleId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'serviceId must be a service id' })
  serviceId?: string;
}

const confidence = (field: string) => [
  IsInt({ message: `${field} must be a whole number from 1 to 10` }),
  Min(TRAINING_LIMITS.confidenceMin, { message: `${field} must be from 1 to 10` }),
  Max(TRAINING_LIMITS.confidenceMax, { message: `${field} must be from 1 to 10` }),
];
const apply = (decorators: PropertyDecorator[]): PropertyDecorator => (target, key) => decorators.forEach((d) => d(target, key));

export class RecordAttendanceDto implements RecordAttendanceRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'pwpId must be a user id' })
  pwpId!: string;

  @ApiProperty({ minimum: 1, maximum: 10 })
  @apply(confidence('confidenceBefore'))
  confidenceBefore!: number;

  @ApiProperty({ minimum: 1, maximum: 10 })
  @apply(confidence('confidenceAfter'))
  confidenceAfter!: number;
}

export class InviteToSessionDto implements InviteToSessionRequest {
  @ApiProperty({ type: [String], format: 'uuid' })
  @ArrayMinSize(1, { message: 'pwpIds must name at least one PWP' })
  @ArrayMaxSize(200, { message: 'pwpIds must name at most 200 PWPs' })
  @IsUUID('all', { each: true, message: 'pwpIds must be user ids' })
  pwpIds!: string[];
}

export class ServiceQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'serviceId must be a service id' })
  serviceId?: string;
}

export class QuestionTopicsQueryDto extends ServiceQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 365, default: 90 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'days must be a whole number' })
  @Min(1, { message: 'days must be at least 1' })
  @Max(365, { message: 'days must be at most 365' })
  days = 90;
}
