import { Body, Controller, HttpCode, HttpStatus, Post, Req, Res, UseFilters } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ROLES, type ForgotPasswordResponse } from '@navdesk/contracts';
import { ForgotPasswordResponseSchema } from '@navdesk/contracts/schemas';
import { CurrentUser, Public, Roles, type UserPrincipal } from '@navdesk/server/access';
import { ApiAnswer, ApiErrors, ApiNoContent } from '@navdesk/server/core';
import { PasswordChangeService } from './password-change.service';
import { PasswordResetService } from './password-reset.service';
import { ChangePasswordDto, ForgotPasswordDto, ResetPasswordDto } from './passwords.dto';
import { RetryAfterFilter } from './retry-after.filter';

@ApiTags('auth')
@Controller('auth')
@UseFilters(RetryAfterFilter)
export class PasswordsController {
  constructor(
    private readonly resets: PasswordResetService,
    private readonly changes: PasswordChangeService,
  ) {}

  @Public()
  @Post('forgot-password')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({ summary: 'Ask for a password reset link', description: 'The same answer whether or not the address has an account; a link is e-mailed if it does.' })
  @ApiAnswer(202, ForgotPasswordResponseSchema, 'Accepted; a link is e-mailed if the address has an account')
  @ApiErrors({ 429: 'Too many requests for this address or from this client (Retry-After)' })
  async forgot(@Body() body: ForgotPasswordDto, @Req() req: Request): Promise<ForgotPasswordResponse> {
    await this.resets.request(body.email, req.ip ?? '');
    return { message: "If that address has an account, we've sent a link" };
  }

  @Public()
  @Post('reset-password')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Set a new password with the token of a reset link', description: 'A 400 names `token` when it is used, expired or unknown, and `password` when it is too short or too common.' })
  @ApiNoContent('The password is set; every session of the person has ended')
  async reset(@Body() body: ResetPasswordDto, @Res({ passthrough: true }) res: Response): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    await this.resets.reset(body.token, body.password);
  }

  @Roles(...ROLES)
  @Post('change-password')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Change the caller’s password', description: 'A 400 names `currentPassword` when it is wrong, and `newPassword` when it is too short or too common.' })
  @ApiNoContent('The password is changed; the person’s other sessions have ended')
  @ApiErrors({
    429: 'Too many wrong current passwords; try again later (Retry-After)',
    503: 'Password checks are paused while attempts cannot be counted (Retry-After)',
  })
  async change(@Body() body: ChangePasswordDto, @CurrentUser() user: UserPrincipal, @Req() req: Request): Promise<void> {
    await this.changes.change(user, body.currentPassword, body.newPassword, req.ip ?? '');
  }
}
