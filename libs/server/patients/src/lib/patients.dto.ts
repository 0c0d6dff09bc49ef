import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { PageQueryDto } from '@navdesk/server/core';

export class CaseloadQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'only this PWP’s patients (navigators)' })
  @IsOptional()
  @IsUUID('all', { message: 'pwpId must be a user id' })
  pwpId?: string;
}
