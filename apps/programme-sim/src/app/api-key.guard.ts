import { Inject, Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { timingSafeEqual } from 'node:crypto';
import { SIM_CONFIG, type SimConfig } from './sim-config';

/** Every call needs the programme's API key (`Authorization: Bearer <key>`), as the real admin API does. */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(@Inject(SIM_CONFIG) private readonly config: SimConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const header = context.switchToHttp().getRequest<Request>().headers.authorization ?? '';
    const given = Buffer.from(header.replace(/^Bearer\s+/i, ''));
    const expected = Buffer.from(this.config.PROGRAMME_SIM_API_KEY);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new UnauthorizedException('A valid programme API key is needed');
    return true;
  }
}
