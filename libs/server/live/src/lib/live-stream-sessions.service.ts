import { Inject, Injectable, Logger, Optional, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Subscription } from 'rxjs';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@navdesk/server/core';
import { LiveEventsHub } from './live-events.hub';
import { readSessionStates, type SessionEnd, type SessionState } from './live-session-states';
import type { SessionRevokedNotice } from './session-revocation.publisher';

/** How often every open stream's session is checked against `auth_sessions` (tests shorten it). */
export const LIVE_SESSION_RECHECK_MS = 'LIVE_SESSION_RECHECK_MS';
export const DEFAULT_LIVE_SESSION_RECHECK_MS = 30_000;

/** setTimeout cannot wait longer than 2^31-1 ms. */
const MAX_TIMER_MS = 2_147_483_647;
/** Past the expiry, so the database's clock agrees that it has passed. */
const EXPIRY_MARGIN_MS = 50;

interface WatchedStream {
  sessionId: string;
  userId: string;
  close: (reason: SessionEnd) => void;
  timer: ReturnType<typeof setTimeout> | null;
}

/**
 * Ends open event streams whose session has ended, since the guard checks a session only when its
 * stream opens: at once on a `session.revoked` notice (from any api process, over Redis), at the
 * session's expiry (a timer), and on a periodic recheck of every open stream's session, which also
 * catches revocations whose notice was lost (Redis down) or never sent.
 */
@Injectable()
export class LiveStreamSessions implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(LiveStreamSessions.name);
  private readonly streams = new Set<WatchedStream>();
  private revocations: Subscription | undefined;
  private sweep: ReturnType<typeof setInterval> | undefined;
  private sweeping = false;

  constructor(
    private readonly hub: LiveEventsHub,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(LIVE_SESSION_RECHECK_MS) private readonly recheckMs: number,
    // The stream itself is not use: a session idle for SESSION_IDLE_MINUTES ends its streams at the recheck.
    @Optional() @Inject(APP_CONFIG) private readonly config?: Pick<AppConfig, 'SESSION_IDLE_MINUTES'>,
  ) {}

  onModuleInit(): void {
    this.revocations = this.hub.revocations.subscribe((notice) => this.endMatching(notice));
    this.sweep = setInterval(() => void this.recheckAll(), this.recheckMs);
    this.sweep.unref();
  }

  onModuleDestroy(): void {
    this.revocations?.unsubscribe();
    if (this.sweep) clearInterval(this.sweep);
    for (const stream of this.streams) this.forget(stream);
  }

  private get idleMinutes(): number | null {
    return this.config?.SESSION_IDLE_MINUTES ?? null;
  }

  /** How many streams are being watched (for tests and diagnostics). */
  get size(): number {
    return this.streams.size;
  }

  /**
   * Watches one open stream's session; `close` is called once, when the session ends. Returns the
   * function to call when the stream ends for another reason.
   */
  watch(session: { sessionId: string; userId: string }, close: (reason: SessionEnd) => void): () => void {
    const stream: WatchedStream = { ...session, close, timer: null };
    this.streams.add(stream);
    // It may have ended between the guard's check and now.
    void this.check(stream);
    return () => this.forget(stream);
  }

  private end(stream: WatchedStream, reason: SessionEnd): void {
    if (!this.streams.has(stream)) return;
    this.forget(stream);
    stream.close(reason);
  }

  private forget(stream: WatchedStream): void {
    if (stream.timer !== null) clearTimeout(stream.timer);
    stream.timer = null;
    this.streams.delete(stream);
  }

  private endMatching(notice: SessionRevokedNotice): void {
    const sessions = new Set(notice.sessionIds);
    const users = new Set(notice.userIds);
    for (const stream of [...this.streams]) {
      if (sessions.has(stream.sessionId) || users.has(stream.userId)) this.end(stream, 'revoked');
    }
  }

  /** Reads one stream's session: ends the stream, or sets a timer to its expiry. */
  private async check(stream: WatchedStream): Promise<void> {
    let state: SessionState | undefined;
    try {
      state = (await readSessionStates(this.dataSource, [stream.sessionId], this.idleMinutes)).get(stream.sessionId);
    } catch (e) {
      this.logger.debug(`session check failed; the periodic recheck will retry: ${(e as Error).message}`);
      return;
    }
    if (!this.streams.has(stream)) return;
    if (!state) return this.end(stream, 'revoked');
    if (state.ended) return this.end(stream, state.ended);
    const delay = Math.min(Math.max(state.expiresAt.getTime() - Date.now(), 0) + EXPIRY_MARGIN_MS, MAX_TIMER_MS);
    stream.timer = setTimeout(() => {
      stream.timer = null;
      void this.check(stream);
    }, delay);
    stream.timer.unref();
  }

  private async recheckAll(): Promise<void> {
    if (this.sweeping || !this.streams.size) return;
    this.sweeping = true;
    try {
      const states = await readSessionStates(this.dataSource, [...new Set([...this.streams].map((s) => s.sessionId))], this.idleMinutes);
      for (const stream of [...this.streams]) {
        const state = states.get(stream.sessionId);
        if (!state) this.end(stream, 'revoked');
        else if (state.ended) this.end(stream, state.ended);
      }
    } catch (e) {
      this.logger.debug(`open streams not rechecked: ${(e as Error).message}`);
    } finally {
      this.sweeping = false;
    }
  }
}
