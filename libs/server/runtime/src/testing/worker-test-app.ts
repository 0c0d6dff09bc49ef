import type { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { WorkerModule } from '../lib/worker/worker.module';

/**
 * Boots the real worker (processors, schedules, outbox relay) in the test process, against whatever
 * database and Redis prefix the environment names now (start the api test app first).
 */
export async function startWorkerTestApp(): Promise<INestApplicationContext> {
  const moduleRef = await Test.createTestingModule({ imports: [WorkerModule] }).compile();
  await moduleRef.init();
  return moduleRef;
}

/** Polls until `done` holds or the time is up; the error names what was awaited and the last value. */
export async function waitFor<T>(what: string, probe: () => Promise<T>, done: (value: T) => boolean, ms = 20_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}; last value ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
