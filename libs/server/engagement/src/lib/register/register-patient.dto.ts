import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { SESSION_MODES, type RegisterPatientRequest, type SessionMode } from '@navdesk/contracts';

class RegisterSessionDto {
  @ApiProperty({ example: '2026-12-01T10:00:00Z' })
  @IsISO8601({ strict: true }, { message: 'sessions.startsAt must be an ISO 8601 time' })
  startsAt!: string;

  @ApiProperty({ enum: SESSION_MODES })
  @IsIn(SESSION_MODES, { message: 'sessions.mode must be face_to_face or online' })
  mode!: SessionMode;

  @ApiPropertyOptional({ description: 'whether the patient came (true) or missed it (false); leave out while not known — a past session then counts as attended' })
  @IsOptional()
  @IsBoolean({ message: 'sessions.attended must be true or false' })
  attended?: boolean;
}

export class RegisterPatientDto implements RegisterPatientRequest {
  @ApiProperty({ format: 'uuid', description: 'the PWP (a user of this service)' })
  @IsUUID('all', { message: 'pwpId must be a user id' })
  pwpId!: string;

  @ApiProperty({ type: [RegisterSessionDto] })
  @IsArray({ message: 'sessions must be a list' })
  @ArrayMaxSize(30, { message: 'sessions must hold at most 30 sessions' })
  @ValidateNested({ each: true })
  @Type(() => RegisterSessionDto)
  sessions!: RegisterSessionDto[];

  @ApiPropertyOptional({ type: [String], example: ['m01-understanding-depression'] })
  @IsOptional()
  @IsArray({ message: 'mandatoryModules must be a list of module ids' })
  @ArrayMaxSize(50, { message: 'mandatoryModules must hold at most 50 ids' })
  @IsString({ each: true, message: 'mandatoryModules must be a list of module ids' })
  @MaxLength(100, { each: true, message: 'mandatoryModules ids must be at most 100 characters' })
  @Matches(/^[A-Za-z0-9._-]+$/, { each: true, message: 'mandatoryModules ids may hold letters, digits, . _ -' })
  mandatoryModules?: string[];
}
