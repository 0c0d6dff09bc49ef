import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class OidcExchangeDto {
  @ApiProperty({ description: 'the one-time code from the fragment of /sign-in/sso' })
  @IsString()
  @Length(16, 128)
  code!: string;
}

export class AuthOptionsView {
  @ApiProperty({ description: 'single sign-on with the organisation account is configured' })
  sso!: boolean;

  @ApiProperty({ enum: ['enabled', 'break-glass'] })
  localPasswords!: 'enabled' | 'break-glass';
}
