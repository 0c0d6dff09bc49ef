import { Body, Controller, Get, HttpCode, HttpStatus, Post, Req, Res, UseFilters } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ROLES, type LoginResponse, type MeResponse } from '@navdesk/contracts';
import { LoginResponseSchema, MeResponseSchema } from '@navdesk/contracts/schemas';
import { CurrentUser, Public, Roles, type UserPrincipal } from '@navdesk/server/access';
import { ApiAnswer, ApiErrors, ApiNoContent } from '@navdesk/server/core';
import { LoginDto } from './auth.dto';
import { AuthService } from './auth.service';
import { RetryAfterFilter } from './retry-after.filter';

@ApiTags('auth')
@Controller('auth')
@UseFilters(RetryAfterFilter)
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Sign in with an e-mail address and password', description: 'Answers a bearer token for the new session and the person.' })
  @ApiAnswer(200, LoginResponseSchema, 'A bearer token and the person')
  @ApiErrors({
    401: 'Wrong e-mail or password (or the account is deactivated)',
    403: 'Password sign-in is turned off here: sign in with the organisation account',
    429: 'Too many attempts; the account or address is locked for a while (Retry-After)',
    503: 'Sign-in is paused while attempts cannot be counted (Retry-After)',
  })
  login(@Body() body: LoginDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<LoginResponse> {
    res.setHeader('Cache-Control', 'no-store');
    return this.auth.login(body.email, body.password, req.ip ?? '');
  }

  @Roles(...ROLES)
  @Get('me')
  @ApiOperation({ summary: 'Read the signed-in person', description: 'With the server’s idle limit, for the console’s “you’ll be signed out” warning.' })
  @ApiAnswer(200, MeResponseSchema)
  me(@CurrentUser() user: UserPrincipal): MeResponse {
    return this.auth.me(user);
  }

  @Roles(...ROLES)
  @Post('logout')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Sign out: end the caller’s session' })
  @ApiNoContent('The session has ended; its token is refused from now on')
  async logout(@CurrentUser() user: UserPrincipal): Promise<void> {
    await this.auth.logout(user);
  }
}
