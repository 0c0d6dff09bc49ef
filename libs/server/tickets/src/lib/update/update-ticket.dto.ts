import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import {
  FIXABILITIES,
  PRIORITIES,
  THEMES,
  TICKET_CATEGORIES,
  TICKET_STATUSES,
  type BulkAssignRequest,
  type CreateCommentRequest,
  type Fixability,
  type Priority,
  type Theme,
  type TicketCategory,
  type TicketFeedbackRequest,
  type TicketStatus,
  type UpdateTicketRequest,
} from '@navdesk/contracts';

const oneOf = (values: readonly string[], field: string) => IsIn(values, { message: `${field} must be one of ${values.join(', ')}` });

export class UpdateTicketDto implements UpdateTicketRequest {
  @ApiProperty({ description: 'the version you read; a stale one is a 409' })
  @IsInt({ message: 'version must be a whole number' })
  @Min(1)
  version!: number;

  @ApiPropertyOptional({ enum: TICKET_STATUSES }) @IsOptional() @oneOf(TICKET_STATUSES, 'status') status?: TicketStatus;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID('all', { message: 'assigneeId must be a user id or null' })
  assigneeId?: string | null;

  @ApiPropertyOptional({ enum: PRIORITIES }) @IsOptional() @oneOf(PRIORITIES, 'priority') priority?: Priority;
  @ApiPropertyOptional({ enum: TICKET_CATEGORIES }) @IsOptional() @oneOf(TICKET_CATEGORIES, 'category') category?: TicketCategory;
  @ApiPropertyOptional({ enum: THEMES }) @IsOptional() @oneOf(THEMES, 'theme') theme?: Theme;
  @ApiPropertyOptional({ enum: FIXABILITIES }) @IsOptional() @oneOf(FIXABILITIES, 'fixability') fixability?: Fixability;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID('all', { message: 'incidentId must be an incident id or null' })
  incidentId?: string | null;
}

export class BulkAssignDto implements BulkAssignRequest {
  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMinSize(1, { message: 'ticketIds must name at least one ticket' })
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true, message: 'ticketIds must hold ticket ids' })
  ticketIds!: string[];

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'assigneeId must be a user id' })
  assigneeId!: string;
}

export class CreateCommentDto implements CreateCommentRequest {
  @ApiProperty()
  @IsString()
  @MinLength(1, { message: 'body must not be empty' })
  @MaxLength(5000, { message: 'body must be at most 5000 characters' })
  body!: string;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean({ message: 'internal must be true or false' })
  internal?: boolean;
}

export class TicketFeedbackDto implements TicketFeedbackRequest {
  @ApiProperty() @IsBoolean({ message: 'solved must be true or false' }) solved!: boolean;
  @ApiProperty() @IsBoolean({ message: 'disruptedTherapy must be true or false' }) disruptedTherapy!: boolean;
}
