import { createZodDto } from 'nestjs-zod';
import { CreateUserRequestSchema, DeactivateUserRequestSchema, UpdateUserRequestSchema, UserListQuerySchema } from '@navdesk/contracts/schemas';
import { acceptablePassword } from '../passwords/password-policy';

/** The contract's new user, the password also checked against the list of common ones. */
export class CreateUserDto extends createZodDto(CreateUserRequestSchema.extend({ password: acceptablePassword(CreateUserRequestSchema.shape.password) })) {}

export class UpdateUserDto extends createZodDto(UpdateUserRequestSchema) {}

/** The body may be left out: most deactivations need no replacement navigator. */
export class DeactivateUserDto extends createZodDto(DeactivateUserRequestSchema.default({})) {}

/** GET /api/users: filters and the keyset page. */
export class ListUsersQueryDto extends createZodDto(UserListQuerySchema) {}
