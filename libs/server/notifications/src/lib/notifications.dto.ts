import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, IsUUID } from 'class-validator';

export class MarkReadDto {
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true, message: 'ids must hold notification ids' })
  ids?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean({ message: 'all must be true or false' })
  all?: boolean;
}
