import { WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import type { Job } from 'bullmq';
import { ScheduleRegistry } from './schedule-registry';
import { ScheduleRunsStore } from './schedule-runs.store';

/**
 * Stamps each run of a declared schedule in Postgres (started, succeeded, failed with its error) from
 * the BullMQ worker events, so health and admins see a schedule that stopped running. Runs of other
 * jobs, and ad-hoc runs of a scheduled job's name, are not recorded.
 */
@Injectable()
export class ScheduleRunRecorder implements OnApplicationBootstrap {
  private readonly logger = new Logger('Schedules');
  private failing = false;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly registry: ScheduleRegistry,
    private readonly runs: ScheduleRunsStore,
  ) {}

  onApplicationBootstrap(): void {
    const queues = new Set(this.registry.queues().map((q) => q.name));
    for (const wrapper of this.discovery.getProviders()) {
      const host: unknown = wrapper.instance;
      if (!(host instanceof WorkerHost) || !queues.has(host.worker.name)) continue;
      const worker = host.worker;
      worker.on('active', (job: Job) => this.record(worker.name, job, (name, at) => this.runs.started(worker.name, name, at)));
      worker.on('completed', (job: Job) => this.record(worker.name, job, (name, at) => this.runs.succeeded(worker.name, name, at)));
      worker.on('failed', (job: Job | undefined, error: Error) => this.record(worker.name, job, (name, at) => this.runs.failed(worker.name, name, at, error.message)));
    }
  }

  private record(queue: string, job: Job | undefined, write: (name: string, at: Date) => Promise<void>): void {
    const name = job?.repeatJobKey;
    if (!name || !this.registry.find(queue, name)) return;
    write(name, new Date()).then(
      () => {
        if (this.failing) this.logger.log('schedule runs are recorded again');
        this.failing = false;
      },
      (e: Error) => {
        if (!this.failing) this.logger.warn(`cannot record a run of ${queue}/${name} in Postgres: ${e.message}`);
        this.failing = true;
      },
    );
  }
}
