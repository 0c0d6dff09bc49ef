import { ApiProperty } from '@nestjs/swagger';
import { IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import type { CreateIntegrationKeyRequest } from '@navdesk/contracts';

export class CreateIntegrationKeyDto implements CreateIntegrationKeyRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'serviceId must be a service id' })
  serviceId!: string;

  @ApiProperty({ example: 'Digital programme feed' })
  @IsString()
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(120)
  name!: string;
}
