import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsArray, IsInt, Min } from 'class-validator';
import {
  THEMES,
  TICKET_CATEGORIES,
  TICKET_KINDS,
  type Theme,
  type TicketCategory,
  type TicketKind,
} from '@navdesk/contracts';

/** The shape of one rule, for the OpenAPI document; the rules themselves are checked by validateTriageRules, which names each bad field. */
export class TriageRuleDto {
  @ApiProperty({ example: 'login-access', maxLength: 64 }) id!: string;
  @ApiProperty({ enum: TICKET_CATEGORIES }) category!: TicketCategory;
  @ApiProperty({ enum: THEMES }) theme!: Theme;
  @ApiProperty({
    type: [String],
    description: 'case-insensitive RE2 regexes matched as whole words',
    example: ['locked out', 'passwords?'],
  })
  patterns!: string[];
  @ApiPropertyOptional({
    enum: TICKET_KINDS,
    isArray: true,
    description: 'only these ticket kinds; every kind when absent',
  })
  kinds?: TicketKind[];
}

export class PreviewTriageRulesDto {
  @ApiProperty({ type: [TriageRuleDto] })
  @IsArray()
  rules!: unknown[];
}

export class SaveTriageRulesDto extends PreviewTriageRulesDto {
  @ApiProperty({
    description:
      'the version the edit started from; a newer one saved meanwhile is a 409',
  })
  @IsInt()
  @Min(1)
  version!: number;
}
