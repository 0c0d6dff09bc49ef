import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { FLAG_CAUSES, FLAG_KINDS, FLAG_STATUSES, type FlagCause, type FlagKind, type FlagStatus, type FlagThresholds } from '@navdesk/contracts';
import { PageQueryDto } from '@navdesk/server/core';

export class ListFlagsDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: FLAG_STATUSES, default: 'open' })
  @IsOptional()
  @IsIn(FLAG_STATUSES, { message: `status must be one of ${FLAG_STATUSES.join(', ')}` })
  status?: FlagStatus;

  @ApiPropertyOptional({ enum: FLAG_KINDS })
  @IsOptional()
  @IsIn(FLAG_KINDS, { message: `kind must be one of ${FLAG_KINDS.join(', ')}` })
  kind?: FlagKind;

  @ApiPropertyOptional({ enum: FLAG_CAUSES })
  @IsOptional()
  @IsIn(FLAG_CAUSES, { message: `cause must be one of ${FLAG_CAUSES.join(', ')}` })
  cause?: FlagCause;
}

export class AcknowledgeFlagDto {
  @ApiProperty({ example: 'Called the PWP; patient is travelling this week' })
  @IsString({ message: 'note must be text' })
  @MinLength(2, { message: 'note must say what was done' })
  @MaxLength(1000, { message: 'note must be at most 1000 characters' })
  note!: string;
}

const whole = (field: string, min: number, max: number) => [
  IsInt({ message: `${field} must be a whole number` }),
  Min(min, { message: `${field} must be at least ${min}` }),
  Max(max, { message: `${field} must be at most ${max}` }),
];
const apply = (decorators: PropertyDecorator[]): PropertyDecorator => (target, key) => decorators.forEach((d) => d(target, key));

export class FlagThresholdsDto implements FlagThresholds {
  @ApiProperty() @apply(whole('noLoginDays', 1, 60)) noLoginDays!: number;
  @ApiProperty() @apply(whole('moodDropPoints', 1, 10)) moodDropPoints!: number;
  @ApiProperty() @apply(whole('moodDropWindowDays', 1, 60)) moodDropWindowDays!: number;
  @ApiProperty() @apply(whole('noMoodDays', 1, 60)) noMoodDays!: number;
  @ApiProperty() @apply(whole('burdenDismissals', 1, 100)) burdenDismissals!: number;
  @ApiProperty() @apply(whole('burdenWindowDays', 1, 60)) burdenWindowDays!: number;
}
