import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { SEVERITIES, TICKET_CATEGORIES, TICKET_KINDS, type CreateTicketRequest, type Severity, type TicketCategory, type TicketKind } from '@navdesk/contracts';

export class CreateTicketDto implements CreateTicketRequest {
  @ApiProperty({ enum: TICKET_KINDS })
  @IsIn(TICKET_KINDS, { message: `kind must be one of ${TICKET_KINDS.join(', ')}` })
  kind!: TicketKind;

  @ApiProperty({ example: 'Patient cannot log in after the app update' })
  @IsString()
  @MinLength(3, { message: 'title must be at least 3 characters' })
  @MaxLength(200, { message: 'title must be at most 200 characters' })
  title!: string;

  @ApiProperty()
  @IsString()
  @MinLength(1, { message: 'description must not be empty' })
  @MaxLength(5000, { message: 'description must be at most 5000 characters' })
  description!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'serviceId must be a service id' })
  serviceId!: string;

  @ApiPropertyOptional({ enum: TICKET_CATEGORIES })
  @IsOptional()
  @IsIn(TICKET_CATEGORIES, { message: `category must be one of ${TICKET_CATEGORIES.join(', ')}` })
  category?: TicketCategory;

  @ApiPropertyOptional({ example: 'P-7QK2M9' })
  @IsOptional()
  @Matches(/^P-[A-Z0-9]{4,12}$/, { message: 'patientRef must look like P-7QK2M9' })
  patientRef?: string;

  @ApiPropertyOptional({ enum: SEVERITIES, default: 'medium' })
  @IsOptional()
  @IsIn(SEVERITIES, { message: `severity must be one of ${SEVERITIES.join(', ')}` })
  severity?: Severity;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'draftId must be a UUID' })
  draftId?: string;
}
