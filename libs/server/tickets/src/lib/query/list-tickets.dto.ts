import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import { PRIORITIES, THEMES, TICKET_CATEGORIES, TICKET_KINDS, TICKET_STATUSES, type Priority, type Theme, type TicketCategory, type TicketKind, type TicketListQuery, type TicketStatus } from '@navdesk/contracts';
import { PageQueryDto } from '@navdesk/server/core';

const oneOf = (values: readonly string[], field: string) => IsIn(values, { message: `${field} must be one of ${values.join(', ')}` });

export class ListTicketsDto extends PageQueryDto implements TicketListQuery {
  @ApiPropertyOptional({ enum: TICKET_STATUSES }) @IsOptional() @oneOf(TICKET_STATUSES, 'status') status?: TicketStatus;
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
