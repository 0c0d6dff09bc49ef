import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import type { ChangePasswordRequest, ForgotPasswordRequest, ResetPasswordRequest } from '@navdesk/contracts';
import { IsAcceptablePassword } from '../passwords/password-policy';

export class ForgotPasswordDto implements ForgotPasswordRequest {
  @ApiProperty({ example: 'nav1@navdesk.test' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(320)
  email!: string;
}

export class ResetPasswordDto implements ResetPasswordRequest {
  @ApiProperty({ description: 'the token from the link in the e-mail (after #token=)' })
  @IsString({ message: 'token must be a string' })
  @MinLength(1, { message: 'token must not be empty' })
  @MaxLength(200, { message: 'token is not a reset token' })
  token!: string;

  @ApiProperty({ minLength: 12, description: 'at least 12 characters, not a common password' })
  @IsAcceptablePassword()
  password!: string;
}

export class ChangePasswordDto implements ChangePasswordRequest {
  @ApiProperty()
  @IsString({ message: 'currentPassword must be a string' })
  @MinLength(1, { message: 'currentPassword must not be empty' })
  @MaxLength(1024)
  currentPassword!: string;

  @ApiProperty({ minLength: 12, description: 'at least 12 characters, not a common password' })
  @IsAcceptablePassword()
  newPassword!: string;
}
