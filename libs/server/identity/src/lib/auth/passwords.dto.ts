import { createZodDto } from 'nestjs-zod';
import { ChangePasswordRequestSchema, ForgotPasswordRequestSchema, ResetPasswordRequestSchema } from '@navdesk/contracts/schemas';
import { acceptablePassword } from '../passwords/password-policy';

export class ForgotPasswordDto extends createZodDto(ForgotPasswordRequestSchema) {}

/** The contract's reset, its new password also checked against the list of common ones. */
export class ResetPasswordDto extends createZodDto(ResetPasswordRequestSchema.extend({ password: acceptablePassword(ResetPasswordRequestSchema.shape.password) })) {}

/** The contract's change, its new password also checked against the list of common ones. */
export class ChangePasswordDto extends createZodDto(ChangePasswordRequestSchema.extend({ newPassword: acceptablePassword(ChangePasswordRequestSchema.shape.newPassword) })) {}
