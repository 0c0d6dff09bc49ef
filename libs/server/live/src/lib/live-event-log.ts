import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { isLiveEventType } from '@navdesk/contracts';
import { REDIS_CLIENT, RedisKeys } from '@navdesk/server/core';
import { LIVE_LOG, LIVE_LOG_LENGTH, type LiveEnvelope, type LoggedEnvelope } from './live-events.publisher';

/** A Redis stream id as a client may send it back in `Last-Event-ID`; anything else is ignored. */
const LOG_ID = /^\d{1,15}-\d{1,15}$/;

export function parseLogId(value: unknown): string | null {
  return typeof value === 'string' && LOG_ID.test(value) ? value : null;
}

/** Orders two log ids (`ms-seq`). */
export function compareLogIds(a: string, b: string): number {
  const [am, as] = a.split('-').map(BigInt) as [bigint, bigint];
  const [bm, bs] = b.split('-').map(BigInt) as [bigint, bigint];
  if (am !== bm) return am < bm ? -1 : 1;
  return as === bs ? 0 : as < bs ? -1 : 1;
}

/** `<log id> <envelope JSON>` as the publisher announces it, or null when it is not one of ours. */
export function parseAnnouncement(message: string): LoggedEnvelope | null {
  const space = message.indexOf(' ');
  const logId = parseLogId(message.slice(0, space));
  if (space < 0 || !logId) return null;
  return envelopeOf(logId, message.slice(space + 1));
}

function envelopeOf(logId: string, json: string): LoggedEnvelope | null {
  let envelope: LiveEnvelope;
  try {
    envelope = JSON.parse(json) as LiveEnvelope;
  } catch {
    return null;
  }
  // Only the contract's types reach the console (an older or newer process may publish others).
  return isLiveEventType(envelope?.event?.type) ? { ...envelope, logId } : null;
}

export interface Replay {
  /** The events after the id asked for, oldest first. */
  entries: LoggedEnvelope[];
  /** False when the log no longer reaches back to that id (trimmed, or Redis restarted empty): some were lost. */
  complete: boolean;
}

/** Reads the replay log the publisher appends to (the last LIVE_LOG_LENGTH events, about). */
@Injectable()
export class LiveEventLog {
  constructor(
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
    private readonly keys: RedisKeys,
  ) {}

  async since(lastId: string): Promise<Replay> {
    const key = this.keys.key(LIVE_LOG);
    const [oldest] = await this.redis.xrange(key, '-', '+', 'COUNT', 1);
    // The log holds every event after lastId only if its oldest entry is lastId itself or older.
    const complete = oldest !== undefined && compareLogIds(oldest[0], lastId) <= 0;
    const rows = await this.redis.xrange(key, `(${lastId}`, '+', 'COUNT', LIVE_LOG_LENGTH * 2);
    const entries: LoggedEnvelope[] = [];
    for (const [id, fields] of rows) {
      const json = fields[fields.indexOf('e') + 1];
      const envelope = json === undefined ? null : envelopeOf(id, json);
      if (envelope) entries.push(envelope);
    }
    return { entries, complete };
  }
}
