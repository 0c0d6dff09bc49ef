import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { withTimeout } from '../async/with-timeout';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { ScheduleRegistry, scheduleKey, type DeclaredSchedule } from './schedule-registry';
import { ScheduleRunsStore } from './schedule-runs.store';

/** A Redis call of the keeper that takes longer than this is abandoned until the next check. */
const REDIS_CALL_TIMEOUT_MS = 10_000;

/**
 * Keeps every declared schedule registered in Redis. A Redis that restarts empty (no persistence, a
 * fail-over) loses every job scheduler and nothing in BullMQ brings them back, so the worker
 * registers them at start, again whenever a queue's connection is ready after a reconnect, and checks
 * on a timer of its own (not a BullMQ job, which would be wiped with them) that each still exists.
 */
@Injectable()
export class SchedulesKeeper implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Schedules');
  private timer: NodeJS.Timeout | undefined;
  private checking = false;
  private checkFailing = false;
  private stopped = false;

  constructor(
    private readonly registry: ScheduleRegistry,
    private readonly runs: ScheduleRunsStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    // Not awaited: the worker's processors start now; registration follows as soon as Redis answers.
    void this.start();
  }

  onModuleDestroy(): void {
    this.stopped = true;
    clearInterval(this.timer);
  }

  private async start(): Promise<void> {
    await this.seedRows();
    await Promise.all(this.registry.queues().map((queue) => this.registerQueue(queue)));
    if (this.stopped) return;
    this.logger.log(`schedules registered: ${this.registry.all().map(label).join(', ')}`);
    for (const queue of this.registry.queues()) {
      // After the first registration, 'ready' means the connection came back, perhaps to an empty Redis.
      queue.getBackend().on('ready', () => {
        if (this.stopped) return;
        void this.registerQueue(queue).then((ok) => ok && this.logger.log(`queue ${queue.name} reconnected: its schedules registered again`));
      });
    }
    this.timer = setInterval(() => void this.check(), this.config.SCHEDULES_CHECK_EVERY_MS);
    this.timer.unref();
  }

  /** Re-registers every schedule that Redis no longer holds; returns their keys. */
  async check(): Promise<string[]> {
    if (this.checking || this.stopped) return [];
    this.checking = true;
    const missing: string[] = [];
    try {
      for (const schedule of this.registry.all()) {
        const found = await withTimeout(schedule.queue.getJobScheduler(schedule.definition.name), REDIS_CALL_TIMEOUT_MS, 'Redis');
        if (found || this.stopped) continue;
        await this.upsert(schedule);
        missing.push(label(schedule));
      }
      if (missing.length) this.logger.warn(`schedules missing from Redis, registered again: ${missing.join(', ')}`);
      if (this.checkFailing) this.logger.log('schedule check works again');
      this.checkFailing = false;
    } catch (e) {
      if (!this.checkFailing) this.logger.warn(`cannot check the schedules in Redis (${(e as Error).message}); trying again every ${this.config.SCHEDULES_CHECK_EVERY_MS} ms`);
      this.checkFailing = true;
    } finally {
      this.checking = false;
    }
    return missing;
  }

  /** Seeds a row per schedule so one that never ran is visible, and drops rows of retired schedules. */
  private async seedRows(): Promise<void> {
    const at = new Date();
    try {
      for (const { queue, definition } of this.registry.all()) await this.runs.register(queue.name, definition, at);
      const retired = await this.runs.retireAllBut(this.registry.all().map((s) => ({ queue: s.queue.name, name: s.definition.name })));
      if (retired.length) this.logger.log(`schedules no longer declared, their records removed: ${retired.join(', ')}`);
    } catch (e) {
      this.logger.error(`cannot record the schedules in Postgres: ${(e as Error).message}`);
    }
  }

  private async registerQueue(queue: Queue): Promise<boolean> {
    const schedules = this.registry.all().filter((s) => s.queue === queue);
    try {
      for (const schedule of schedules) await this.upsert(schedule);
      return true;
    } catch (e) {
      this.logger.error(`could not register the schedules of queue ${queue.name}: ${(e as Error).message}`);
      return false;
    }
  }

  /** Upserted by id: restarts and extra workers never duplicate a scheduler. */
  private async upsert({ queue, definition }: DeclaredSchedule): Promise<void> {
    const { name, repeat, attempts } = definition;
    await withTimeout(queue.upsertJobScheduler(name, repeat, { name, opts: attempts ? { attempts } : {} }), REDIS_CALL_TIMEOUT_MS, 'Redis');
  }
}

const label = (s: DeclaredSchedule): string => scheduleKey(s.queue.name, s.definition.name);
