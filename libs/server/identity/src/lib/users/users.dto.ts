import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsEmail, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { ROLES, USER_STATUSES, type CreateUserRequest, type DeactivateUserRequest, type Role, type UpdateUserRequest, type UserStatus } from '@navdesk/contracts';
import { PageQueryDto } from '@navdesk/server/core';
import { IsAcceptablePassword } from '../passwords/password-policy';

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
  @IsAcceptablePassword()
  password!: string;
}

export class UpdateUserDto implements UpdateUserRequest {
  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES, { message: `role must be one of ${ROLES.join(', ')}` })
  role?: Role;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'the full new set of services' })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'serviceIds must hold service ids' })
  serviceIds?: string[];

  @ApiPropertyOptional({ example: 'Sam Patel' })
  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'needed only when the change leaves a service without a navigator: this navigator joins it and takes over' })
  @IsOptional()
  @IsUUID('all', { message: 'replacementNavigatorId must be a user id' })
  replacementNavigatorId?: string;
}

export class DeactivateUserDto implements DeactivateUserRequest {
  @ApiPropertyOptional({ format: 'uuid', description: 'needed only when this is a service’s last navigator: this navigator joins it and takes over the open tickets' })
  @IsOptional()
  @IsUUID('all', { message: 'replacementNavigatorId must be a user id' })
  replacementNavigatorId?: string;
}

export class ListUsersQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'people of this service' })
  @IsOptional()
  @IsUUID('all', { message: 'serviceId must be a service id' })
  serviceId?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES, { message: `role must be one of ${ROLES.join(', ')}` })
  role?: Role;

  @ApiPropertyOptional({ enum: USER_STATUSES })
  @IsOptional()
  @IsIn(USER_STATUSES, { message: `status must be one of ${USER_STATUSES.join(', ')}` })
  status?: UserStatus;
}
