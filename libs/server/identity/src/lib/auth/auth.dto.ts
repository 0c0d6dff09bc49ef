import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import type { LoginRequest } from '@navdesk/contracts';

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'nav1@navdesk.test' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(320)
  email!: string;

  @ApiProperty({ example: 'navdesk-demo' })
  @IsString({ message: 'password must be a string' })
  @MinLength(1, { message: 'password must not be empty' })
  @MaxLength(1024)
  password!: string;
}
