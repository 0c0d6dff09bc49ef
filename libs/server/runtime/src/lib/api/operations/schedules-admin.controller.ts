import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Queue } from 'bullmq';
import type { ScheduleView } from '@navdesk/contracts';
import { ScheduleViewSchema } from '@navdesk/contracts/schemas';
import { Roles } from '@navdesk/server/access';
import { ApiAnswer, HEALTH_QUEUES, ScheduleRunsStore, toScheduleView, withTimeout, type ScheduleRunEntity } from '@navdesk/server/core';

/** Redis gets this long to say what it holds; the page still shows Postgres' record without it. */
const REDIS_TIMEOUT_MS = 1_500;

/** What Redis holds for a schedule: its scheduler, undefined when it is gone, null when Redis cannot be asked. */
async function schedulerOf(queues: Queue[], row: ScheduleRunEntity): Promise<{ next?: number } | undefined | null> {
  const queue = queues.find((q) => q.name === row.queue);
  if (!queue) return null;
  try {
    return (await withTimeout(queue.getJobScheduler(row.name), REDIS_TIMEOUT_MS, 'Redis')) ?? undefined;
  } catch {
    return null;
  }
}

/** Admins see every schedule of the worker: its interval, last run, success and error, and next run. */
@ApiTags('operations')
@Controller('admin/schedules')
export class SchedulesAdminController {
  constructor(
    @Inject(HEALTH_QUEUES) private readonly queues: Queue[],
    private readonly runs: ScheduleRunsStore,
  ) {}

  @Roles('admin')
  @Get()
  @ApiOperation({ summary: 'List the worker’s schedules', description: 'Every schedule a worker has registered, with its run record and a late marker.' })
  @ApiAnswer(200, [ScheduleViewSchema])
  async list(): Promise<ScheduleView[]> {
    const rows = await this.runs.all();
    const now = new Date();
    return Promise.all(rows.map(async (row) => toScheduleView(row, now, await schedulerOf(this.queues, row))));
  }
}
