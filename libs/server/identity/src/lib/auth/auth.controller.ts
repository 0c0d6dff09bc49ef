import { Body, Controller, Get, HttpCode, HttpStatus, Post, Req, Res, UseFilters } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiServiceUnavailableResponse, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ROLES, type LoginResponse, type MeResponse } from '@navdesk/contracts';
import { CurrentUser, Public, Roles, type UserPrincipal } from '@navdesk/server/access';
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
  @ApiOkResponse({ description: 'a bearer token and the user' })
  @ApiUnauthorizedResponse({ description: 'wrong e-mail or password' })
  @ApiTooManyRequestsResponse({ description: 'too many attempts; the account or address is locked for a while (Retry-After)' })
  @ApiServiceUnavailableResponse({ description: 'sign-in is paused while attempts cannot be counted (Retry-After)' })
  login(@Body() body: LoginDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<LoginResponse> {
    res.setHeader('Cache-Control', 'no-store');
    return this.auth.login(body.email, body.password, req.ip ?? '');
  }

  @Roles(...ROLES)
  @ApiBearerAuth()
  @Get('me')
  me(@CurrentUser() user: UserPrincipal): MeResponse {
    return this.auth.me(user);
  }

  @Roles(...ROLES)
  @ApiBearerAuth()
  @Post('logout')
  @HttpCode(HttpStatus.NO_CONTENT)
  async logout(@CurrentUser() user: UserPrincipal): Promise<void> {
    await this.auth.logout(user);
  }
}
