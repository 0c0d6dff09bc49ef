import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import { PRIORITIES, THEMES, TICKET_CATEGORIES, TICKET_KINDS, TICKET_STATUSES, type Priority, type Theme, type TicketCategory, type TicketKind, type TicketListQuery, type TicketStatus } from '@navdesk/contracts';
import { PageQueryDto } from '@navdesk/server/core';

const oneOf = (values: readonly string[], field: string) => IsIn(values, { message: `${field} must be one of ${values.join(', ')}` });

/**
 * The statuses asked for, as a list: repeated (`status=new&status=triaged`), comma-separated
 * (`status=new,triaged`) or one. Anything else (an object from `status[x]=`) is left for validation to refuse.
 */
function statusList(value: unknown): unknown {
  const parts: unknown[] = Array.isArray(value) ? value : [value];
  if (!parts.every((p): p is string => typeof p === 'string')) return value;
  return [...new Set(parts.flatMap((p) => p.split(',')).map((p) => p.trim()))];
}

export class ListTicketsDto extends PageQueryDto implements TicketListQuery {
  @ApiPropertyOptional({ enum: TICKET_STATUSES, isArray: true, description: 'one status or several, any of them: `status=new&status=triaged` or `status=new,triaged`' })
  @IsOptional()
  @Transform(({ value }) => statusList(value))
  @ArrayMaxSize(TICKET_STATUSES.length, { message: `status may name at most ${TICKET_STATUSES.length} statuses` })
  @IsIn(TICKET_STATUSES, { each: true, message: `status must be one of ${TICKET_STATUSES.join(', ')}` })
  status?: TicketStatus[];
  @ApiPropertyOptional({ enum: TICKET_KINDS }) @IsOptional() @oneOf(TICKET_KINDS, 'kind') kind?: TicketKind;
  @ApiPropertyOptional({ enum: TICKET_CATEGORIES }) @IsOptional() @oneOf(TICKET_CATEGORIES, 'category') category?: TicketCategory;
  @ApiPropertyOptional({ enum: THEMES }) @IsOptional() @oneOf(THEMES, 'theme') theme?: Theme;
  @ApiPropertyOptional({ enum: PRIORITIES }) @IsOptional() @oneOf(PRIORITIES, 'priority') priority?: Priority;

  @ApiPropertyOptional({ description: 'a user id, or "unassigned"' })
  @IsOptional()
  @ValidateIf((_o, value) => value !== 'unassigned')
  @IsUUID('all', { message: 'assigneeId must be a user id or "unassigned"' })
  assigneeId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'breached must be true or false' })
  breached?: boolean;

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all', { message: 'serviceId must be a service id' }) serviceId?: string;

  @ApiPropertyOptional({ description: 'searches reference, title and description' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: ['mine', 'all'] }) @IsOptional() @oneOf(['mine', 'all'], 'scope') scope?: 'mine' | 'all';
}
