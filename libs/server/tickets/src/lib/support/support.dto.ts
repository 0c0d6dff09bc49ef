import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { TICKET_CATEGORIES, type CreateCannedReplyRequest, type CreateKbArticleRequest, type KbArticleOpenedRequest, type TicketCategory } from '@navdesk/contracts';
import { PageQueryDto } from '@navdesk/server/core';

export class CreateCannedReplyDto implements CreateCannedReplyRequest {
  @ApiProperty() @IsString() @MinLength(1, { message: 'title must not be empty' }) @MaxLength(120) title!: string;
  @ApiProperty() @IsString() @MinLength(1, { message: 'body must not be empty' }) @MaxLength(5000) body!: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all', { message: 'serviceId must be a service id' }) serviceId?: string;
}

export class ListKbDto extends PageQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(300) q?: string;
  @ApiPropertyOptional({ enum: TICKET_CATEGORIES })
  @IsOptional()
  @IsIn(TICKET_CATEGORIES, { message: `category must be one of ${TICKET_CATEGORIES.join(', ')}` })
  category?: TicketCategory;
}

export class CreateKbArticleDto implements CreateKbArticleRequest {
  @ApiProperty() @IsString() @MinLength(3, { message: 'title must be at least 3 characters' }) @MaxLength(200) title!: string;
  @ApiProperty() @IsString() @MinLength(1, { message: 'summary must not be empty' }) @MaxLength(500) summary!: string;
  @ApiProperty() @IsString() @MinLength(1, { message: 'body must not be empty' }) @MaxLength(20000) body!: string;
  @ApiProperty({ enum: TICKET_CATEGORIES }) @IsIn(TICKET_CATEGORIES, { message: `category must be one of ${TICKET_CATEGORIES.join(', ')}` }) category!: TicketCategory;
  @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(40, { each: true }) tags?: string[];
}

export class KbOpenedDto implements KbArticleOpenedRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'draftId must be a UUID' }) draftId!: string;
}

export class NavigatorsQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all', { message: 'serviceId must be a service id' }) serviceId?: string;
}
