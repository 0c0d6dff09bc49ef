import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { SchedulesKeeper } from './schedule-keeper.service';
import { ScheduleRegistry } from './schedule-registry';
import { ScheduleRunRecorder } from './schedule-run.recorder';
import { ScheduleRunsStore } from './schedule-runs.store';

/**
 * The worker's schedules: processors declare theirs to the registry; the keeper registers them and
 * keeps them in Redis; the recorder stamps their runs in Postgres. Imported by the worker only.
 */
@Global()
@Module({
  imports: [DiscoveryModule],
  providers: [ScheduleRegistry, ScheduleRunsStore, SchedulesKeeper, ScheduleRunRecorder],
  exports: [ScheduleRegistry],
})
export class SchedulesWorkerModule {}
