import { Body, Controller, Get, HttpCode, HttpStatus, Inject, NotFoundException, Post, Req, Res, UnauthorizedException } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { CookieOptions, Request, Response } from 'express';
import type { AuthOptions, LoginResponse } from '@navdesk/contracts';
import { AuthOptionsSchema, LoginResponseSchema } from '@navdesk/contracts/schemas';
import { ApiAnswer, ApiErrors, APP_CONFIG, Public, type AppConfig } from '@navdesk/server/core';
import { OidcHandoffStore } from './oidc-handoff.store';
import { OidcPendingStore, PENDING_TTL_SECONDS } from './oidc-pending.store';
import { OidcProviderClient, OidcRejectedError } from './oidc-provider.client';
import { OidcSignInService, type SsoOutcome } from './oidc-sign-in.service';
import { OidcExchangeDto } from './oidc.dto';

const COOKIE = 'navdesk_oidc';
const COOKIE_PATH = '/api/auth/oidc';

/** Single sign-on with the trust's OpenID Connect provider: authorization code with PKCE. */
@ApiTags('auth')
@Controller('auth')
export class OidcController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly provider: OidcProviderClient,
    private readonly pending: OidcPendingStore,
    private readonly handoff: OidcHandoffStore,
    private readonly signIn: OidcSignInService,
  ) {}

  @Public()
  @Get('options')
  @ApiOperation({ summary: 'Read how people may sign in here', description: 'Whether single sign-on is configured, and whether password sign-in is open to all or only to break-glass admins.' })
  @ApiAnswer(200, AuthOptionsSchema)
  options(): AuthOptions {
    return { sso: this.provider.enabled, localPasswords: this.config.LOCAL_PASSWORDS };
  }

  @Public()
  @Get('oidc/login')
  @ApiOperation({ summary: 'Start single sign-on', description: 'A browser navigation, not an API call: redirects to the trust’s identity provider (authorization code with PKCE).' })
  @ApiResponse({ status: HttpStatus.FOUND, description: 'To the trust’s identity provider' })
  @ApiErrors({ 404: 'Single sign-on is not configured' })
  async login(@Res() res: Response): Promise<void> {
    if (!this.provider.enabled) throw new NotFoundException('Single sign-on is not configured');
    const { url, pending } = await this.provider.authorizationUrl();
    const id = await this.pending.put(pending);
    res.cookie(COOKIE, id, { ...cookieOptions(this.config), maxAge: PENDING_TTL_SECONDS * 1000 });
    res.setHeader('Cache-Control', 'no-store');
    res.redirect(HttpStatus.FOUND, url);
  }

  @Public()
  @Get('oidc/callback')
  @ApiOperation({ summary: 'Finish single sign-on', description: 'Where the identity provider sends the browser back; redirects to the console.' })
  @ApiResponse({ status: HttpStatus.FOUND, description: 'To /sign-in/sso with a one-time code in the fragment, or to /sign-in?reason=sso-… when refused' })
  @ApiErrors({ 404: 'Single sign-on is not configured' })
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    if (!this.provider.enabled) throw new NotFoundException('Single sign-on is not configured');
    res.clearCookie(COOKIE, cookieOptions(this.config));
    res.setHeader('Cache-Control', 'no-store');
    const id = readCookie(req.headers.cookie, COOKIE);
    // Taken once: a replayed or forged callback finds no attempt to finish.
    const pending = id ? await this.pending.take(id) : null;
    if (!pending) return redirectBack(res, this.config, 'sso-failed');
    let outcome: SsoOutcome;
    try {
      const identity = await this.provider.redeem(new URL(req.originalUrl, 'http://callback').search, pending);
      outcome = await this.signIn.signIn(identity, req.ip ?? '');
    } catch (e) {
      if (e instanceof OidcRejectedError) return redirectBack(res, this.config, 'sso-failed');
      throw e;
    }
    if (!outcome.ok) return redirectBack(res, this.config, outcome.reason);
    const code = await this.handoff.put(outcome.answer);
    res.redirect(HttpStatus.FOUND, `${consoleUrl(this.config)}/sign-in/sso#code=${encodeURIComponent(code)}`);
  }

  @Public()
  @Post('oidc/exchange')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Exchange the one-time code of single sign-on for a session', description: 'The code from the fragment of /sign-in/sso, once, within a minute; the same answer as POST /api/auth/login.' })
  @ApiAnswer(200, LoginResponseSchema)
  @ApiErrors({ 401: 'Unknown, used or expired code' })
  async exchange(@Body() body: OidcExchangeDto, @Res({ passthrough: true }) res: Response): Promise<LoginResponse> {
    res.setHeader('Cache-Control', 'no-store');
    const answer = await this.handoff.take(body.code);
    if (!answer) throw new UnauthorizedException('This sign-in link has expired or was already used; sign in again');
    return answer;
  }
}

/** The console is served at PUBLIC_URL. */
function consoleUrl(config: AppConfig): string {
  return config.PUBLIC_URL.replace(/\/+$/, '');
}

function cookieOptions(config: AppConfig): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure: config.PUBLIC_URL.startsWith('https:'), path: COOKIE_PATH };
}

/** Back to the sign-in page, which says why (`reason`). */
function redirectBack(res: Response, config: AppConfig, reason: string): void {
  res.redirect(HttpStatus.FOUND, `${consoleUrl(config)}/sign-in?reason=${reason}`);
}

function readCookie(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return null;
}
