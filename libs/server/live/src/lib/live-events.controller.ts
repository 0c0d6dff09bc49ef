import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ROLES, type LiveEventAudience } from '@navdesk/contracts';
import { BackgroundRoute, CurrentUser, Roles, type UserPrincipal } from '@navdesk/server/access';
import { LiveEventsHub } from './live-events.hub';
import { LiveStreamSessions } from './live-stream-sessions.service';

const HEARTBEAT_MS = 20_000;

/** Whether a person may hear of an event: their services' staff, or a person it names. */
export function mayReceive(user: UserPrincipal, audience: LiveEventAudience): boolean {
  if (audience.userIds.includes(user.userId)) return true;
  if (user.role === 'pwp' || user.role === 'admin') return false;
  return audience.serviceId !== null && user.serviceIds.includes(audience.serviceId);
}

@ApiTags('operations')
@ApiBearerAuth()
@Controller('events')
export class LiveEventsController {
  constructor(
    private readonly hub: LiveEventsHub,
    private readonly sessions: LiveStreamSessions,
  ) {}

  /**
   * Server-sent events: `data: {type, id, serviceId, at}` when something the caller may see changes.
   * The stream ends when its session does (logout, revocation, expiry); reconnecting then is a 401.
   */
  @Roles(...ROLES)
  // Holding a stream open is not use of the session (SESSION_IDLE_MINUTES).
  @BackgroundRoute()
  @Get('stream')
  @ApiProduces('text/event-stream')
  stream(@CurrentUser() user: UserPrincipal, @Req() req: Request, @Res() res: Response): void {
    res.status(200);
    res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store, no-transform');
    res.setHeader('Connection', 'keep-alive');
    res.setHeader('X-Accel-Buffering', 'no');
    res.flushHeaders();
    res.write('retry: 3000\n: connected\n\n');
    const subscription = this.hub.envelopes.subscribe((envelope) => {
      if (mayReceive(user, envelope.audience)) res.write(`data: ${JSON.stringify(envelope.event)}\n\n`);
    });
    const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), HEARTBEAT_MS);
    const unwatch = this.sessions.watch(user, (reason) => {
      res.end(`: session ${reason}\n\n`);
    });
    const end = () => {
      clearInterval(heartbeat);
      subscription.unsubscribe();
      unwatch();
    };
    req.on('close', end);
    res.on('close', end);
  }
}
