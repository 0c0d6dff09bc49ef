import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsEmail, IsIn, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { ROLES, type CreateUserRequest, type Role } from '@navdesk/contracts';

export class CreateUserDto implements CreateUserRequest {
  @ApiProperty({ example: 'pwp14@navdesk.test' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(320)
  email!: string;

  @ApiProperty({ example: 'Sam Patel' })
  @IsString()
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(200)
  name!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES, { message: `role must be one of ${ROLES.join(', ')}` })
  role!: Role;

  @ApiProperty({ type: [String], format: 'uuid' })
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'serviceIds must hold service ids' })
  serviceIds!: string[];

  @ApiProperty({ minLength: 12, description: 'at least 12 characters' })
  @IsString()
  @MinLength(12, { message: 'password must be at least 12 characters' })
  @MaxLength(1024)
  password!: string;
}
