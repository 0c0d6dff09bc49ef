import { Logger } from '@nestjs/common';
import { isTransientPostgresError } from '../http/postgres-errors';

const logger = new Logger('RetryTransient');

/**
 * Runs a one-statement transaction again when Postgres aborted it for meeting another (a deadlock, a
 * serialization failure): nothing of it was written, so running it again is safe. Each retry is logged
 * (a deadlock is a lock-order bug to fix, not noise); other errors, and the last attempt's, are thrown
 * (the api answers a transient one 503 with Retry-After). Hand-written: three immediate attempts need no
 * backoff policy, and p-retry is ESM-only, which the CommonJS tests cannot load.
 */
export async function retryTransient<T>(what: string, run: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (e) {
      if (attempt >= attempts || !isTransientPostgresError(e)) throw e;
      logger.warn(`${what}: Postgres ${(e as { code?: string }).code} on attempt ${attempt} of ${attempts}; running it again`);
    }
  }
}
