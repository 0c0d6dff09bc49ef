import { Body, Controller, HttpCode, HttpStatus, Post, Req, Res, UseFilters } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBadRequestResponse, ApiBearerAuth, ApiNoContentResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ROLES } from '@navdesk/contracts';
import { CurrentUser, Public, Roles, type UserPrincipal } from '@navdesk/server/access';
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
  @ApiAcceptedResponse({ description: 'the same answer whether or not the address has an account; a link is e-mailed if it does' })
  @ApiTooManyRequestsResponse({ description: 'too many requests for this address or from this client (Retry-After)' })
  async forgot(@Body() body: ForgotPasswordDto, @Req() req: Request): Promise<{ message: string }> {
    await this.resets.request(body.email, req.ip ?? '');
    return { message: "If that address has an account, we've sent a link" };
  }

  @Public()
  @Post('reset-password')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'the password is set; every session of the person has ended' })
  @ApiBadRequestResponse({ description: '`token` used, expired or unknown; `password` too short or too common' })
  async reset(@Body() body: ResetPasswordDto, @Res({ passthrough: true }) res: Response): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    await this.resets.reset(body.token, body.password);
  }

  @Roles(...ROLES)
  @ApiBearerAuth()
  @Post('change-password')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: "the password is changed; the person's other sessions have ended" })
  @ApiBadRequestResponse({ description: '`currentPassword` wrong; `newPassword` too short or too common' })
  async change(@Body() body: ChangePasswordDto, @CurrentUser() user: UserPrincipal, @Req() req: Request): Promise<void> {
    await this.changes.change(user, body.currentPassword, body.newPassword, req.ip ?? '');
  }
}
