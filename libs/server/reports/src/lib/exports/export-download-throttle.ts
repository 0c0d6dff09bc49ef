import { HttpException, HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import type Redis from 'ioredis';
import { APP_CONFIG, REDIS_CLIENT, RedisKeys, type AppConfig } from '@navdesk/server/core';

export type DownloadVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** 503 while downloads cannot be counted; the seconds are a hint for a client that reads them. */
export class DownloadsPausedException extends HttpException {
  readonly retryAfterSeconds = 30;

  constructor() {
    super('Downloads are paused for a moment; try the link again shortly', HttpStatus.SERVICE_UNAVAILABLE);
  }
}

/**
 * Downloads by link per client IP per minute, counted in Redis as sign-ins are (so the limit holds
 * across api processes). Counted first, then decided: parallel requests each see their own count.
 * The link is the one public route that serves data, so when Redis cannot count it fails closed.
 */
@Injectable()
export class ExportDownloadThrottle {
  private readonly logger = new Logger(ExportDownloadThrottle.name);

  constructor(
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
    private readonly keys: RedisKeys,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async admit(ip: string): Promise<DownloadVerdict> {
    const key = this.keys.key('exports', 'download', 'ip', ip, String(Math.floor(Date.now() / 60_000)));
    let count: number;
    try {
      const result = await this.redis.multi().incr(key).expire(key, 60).exec();
      const [error, value] = result?.[0] ?? [new Error('no answer'), null];
      if (error) throw error;
      count = Number(value);
    } catch (e) {
      this.logger.warn(`Export download throttle unavailable (${(e as Error).message}); refusing downloads until Redis answers`);
      throw new DownloadsPausedException();
    }
    if (count <= this.config.EXPORT_DOWNLOAD_LIMIT_PER_MINUTE) return { allowed: true };
    return { allowed: false, retryAfterSeconds: 60 - (Math.floor(Date.now() / 1000) % 60) };
  }
}
