import { Controller, Get, Logger, Req, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ROLES, type LiveEventAudience } from '@navdesk/contracts';
import { BackgroundRoute, CurrentUser, Roles, type UserPrincipal } from '@navdesk/server/access';
import { boundedStreamWriter } from './bounded-stream-writer';
import { compareLogIds, LiveEventLog, parseLogId } from './live-event-log';
import { LiveEventsHub } from './live-events.hub';
import type { LoggedEnvelope } from './live-events.publisher';
import { LiveStreamSessions } from './live-stream-sessions.service';

const HEARTBEAT_MS = 20_000;

/** Whether a person may hear of an event: their services' staff, or a person it names. */
export function mayReceive(user: UserPrincipal, audience: LiveEventAudience): boolean {
  if (audience.userIds.includes(user.userId)) return true;
  if (user.role === 'pwp' || user.role === 'admin') return false;
  return audience.serviceId !== null && user.serviceIds.includes(audience.serviceId);
}

@ApiTags('operations')
@Controller('events')
export class LiveEventsController {
  private readonly logger = new Logger(LiveEventsController.name);

  constructor(
    private readonly hub: LiveEventsHub,
    private readonly log: LiveEventLog,
    private readonly sessions: LiveStreamSessions,
  ) {}

  /**
   * Server-sent events: `id: <log id>` and `data: {type, id, serviceId, at}` when something the caller may
   * see changes. A reconnect that sends `Last-Event-ID` first gets what it missed from the replay log (the
   * last ~10,000 events), then the live ones, each once and in order; when the log no longer reaches back
   * that far, `event: reset` says some were missed. The stream ends when its session does (logout,
   * revocation, expiry); reconnecting then is a 401.
   */
  @Roles(...ROLES)
  // Holding a stream open is not use of the session (SESSION_IDLE_MINUTES).
  @BackgroundRoute()
  @Get('stream')
  @ApiOperation({ summary: 'Follow live changes as server-sent events', description: 'Each event is `id: <log id>` and `data: {type, id, serviceId, at}`: ids only, refetch what changed. Send Last-Event-ID on reconnect to get what was missed; `event: reset` says some were.' })
  @ApiProduces('text/event-stream')
  @ApiResponse({ status: 200, description: 'The event stream, open until the session ends', content: { 'text/event-stream': { schema: { type: 'string' } } } })
  @ApiHeader({ name: 'Last-Event-ID', required: false, description: 'The id of the last event received; what came after it is replayed first' })
  stream(@CurrentUser() user: UserPrincipal, @Req() req: Request, @Res() res: Response): void {
    res.status(200);
    res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store, no-transform');
    res.setHeader('Connection', 'keep-alive');
    res.setHeader('X-Accel-Buffering', 'no');
    res.flushHeaders();
    const write = boundedStreamWriter(res, (unread) => this.logger.warn(`live stream of user ${user.userId} closed: its reader left ${unread} bytes unread; it reconnects and is sent what it missed`));
    write('retry: 3000\n: connected\n\n');
    let closed = false;
    let lastSent = parseLogId(req.header('last-event-id'));
    // Live events that arrive while the log is read wait here, so none is lost or sent twice.
    let held: LoggedEnvelope[] | null = lastSent ? [] : null;
    const send = (envelope: LoggedEnvelope): void => {
      if (closed || (lastSent && compareLogIds(envelope.logId, lastSent) <= 0)) return;
      lastSent = envelope.logId;
      if (mayReceive(user, envelope.audience)) write(`id: ${envelope.logId}\ndata: ${JSON.stringify(envelope.event)}\n\n`);
    };
    const subscription = this.hub.envelopes.subscribe((envelope) => (held ? held.push(envelope) : send(envelope)));
    const heartbeat = setInterval(() => write(': heartbeat\n\n'), HEARTBEAT_MS);
    const unwatch = this.sessions.watch(user, (reason) => {
      res.end(`: session ${reason}\n\n`);
    });
    const end = () => {
      closed = true;
      clearInterval(heartbeat);
      subscription.unsubscribe();
      unwatch();
    };
    req.on('close', end);
    res.on('close', end);
    if (lastSent) void replay(this.log, lastSent, write, send, () => closed).finally(() => {
      for (const envelope of held ?? []) send(envelope);
      held = null;
    });
  }
}

/** What came after `lastId`, from the log; `event: reset` when the log cannot say (trimmed, or Redis down). */
async function replay(log: LiveEventLog, lastId: string, write: (chunk: string) => void, send: (envelope: LoggedEnvelope) => void, closed: () => boolean): Promise<void> {
  try {
    const { entries, complete } = await log.since(lastId);
    if (closed()) return;
    if (!complete) write('event: reset\ndata: {}\n\n');
    for (const envelope of entries) send(envelope);
  } catch {
    if (!closed()) write('event: reset\ndata: {}\n\n');
  }
}
