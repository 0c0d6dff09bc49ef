import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { PROGRAMME_MODULE_IDS, REMINDER_FREQUENCIES, TAILORING_ACTIONS, type ReminderFrequency, type TailoringAction } from '@navdesk/contracts';

export class PasswordResetDto {
  @IsIn(['email', 'sms'], { message: 'channel must be email or sms' }) channel!: 'email' | 'sms';
  @IsString() @MinLength(8) @MaxLength(100) requestId!: string;
}

class QuietHoursDto {
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'from must be HH:MM' }) from!: string;
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'to must be HH:MM' }) to!: string;
}

export class NotificationSettingsDto {
  @IsIn(REMINDER_FREQUENCIES, { message: `reminderFrequency must be one of ${REMINDER_FREQUENCIES.join(', ')}` }) reminderFrequency!: ReminderFrequency;
  @IsOptional() @ValidateNested() @Type(() => QuietHoursDto) quietHours!: QuietHoursDto | null;
}

export class FaultsDto {
  @IsOptional() @IsNumber({}, { message: 'errorRate must be a number' }) @Min(0) @Max(1) errorRate?: number;
  @IsOptional() @IsInt({ message: 'latencyMs must be a whole number' }) @Min(0) @Max(60_000) latencyMs?: number;
  @IsOptional() @IsBoolean({ message: 'down must be true or false' }) down?: boolean;
}

export class PlanChangeDto {
  @IsString() @MinLength(8) @MaxLength(100) requestId!: string;
  @IsIn(TAILORING_ACTIONS, { message: 'action must be skip, replace or add' }) action!: TailoringAction;
  @IsIn(PROGRAMME_MODULE_IDS, { message: 'moduleId is not a module of the programme' }) moduleId!: string;
  @IsOptional() @IsIn(PROGRAMME_MODULE_IDS, { message: 'replacementModuleId is not a module of the programme' }) replacementModuleId!: string | null;
}
