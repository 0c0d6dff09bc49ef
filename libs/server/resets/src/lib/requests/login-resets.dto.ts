import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import {
  REMINDER_FREQUENCIES,
  RESET_CHANNELS,
  RESET_STATUSES,
  type CreateLoginResetRequest,
  type CreateNotificationChangeRequest,
  type ReminderFrequency,
  type ResetChannel,
  type ResetStatus,
} from '@navdesk/contracts';
import { PageQueryDto } from '@navdesk/server/core';

export class CreateLoginResetDto implements CreateLoginResetRequest {
  @ApiProperty({ example: 'P-7QK2M9' })
  @IsString({ message: 'patientRef must be a patient ref such as P-7QK2M9' })
  @MaxLength(20, { message: 'patientRef must be a patient ref such as P-7QK2M9' })
  patientRef!: string;

  @ApiProperty({ enum: RESET_CHANNELS })
  @IsIn(RESET_CHANNELS, { message: 'channel must be email or sms' })
  channel!: ResetChannel;
}

export class ListLoginResetsDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: RESET_STATUSES })
  @IsOptional()
  @IsIn(RESET_STATUSES, { message: `status must be one of ${RESET_STATUSES.join(', ')}` })
  status?: ResetStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'serviceId must be a service id' })
  serviceId?: string;
}

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

class QuietHoursDto {
  @ApiProperty({ example: '21:00' }) @Matches(HH_MM, { message: 'quietHours.from must be HH:MM' }) from!: string;
  @ApiProperty({ example: '08:00' }) @Matches(HH_MM, { message: 'quietHours.to must be HH:MM' }) to!: string;
}

export class CreateNotificationChangeDto implements CreateNotificationChangeRequest {
  @ApiProperty({ enum: REMINDER_FREQUENCIES })
  @IsIn(REMINDER_FREQUENCIES, { message: `reminderFrequency must be one of ${REMINDER_FREQUENCIES.join(', ')}` })
  reminderFrequency!: ReminderFrequency;

  @ApiPropertyOptional({ type: QuietHoursDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => QuietHoursDto)
  quietHours?: QuietHoursDto | null;

  @ApiProperty({ example: 'Patient says the daily reminders are overwhelming' })
  @IsString({ message: 'reason must be text' })
  @MinLength(5, { message: 'reason must say why, in at least 5 characters' })
  @MaxLength(500, { message: 'reason must be at most 500 characters' })
  reason!: string;
}
