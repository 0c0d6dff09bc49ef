import { Processor } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { UnrecoverableError } from 'bullmq';
import { NavdeskWorkerHost } from '@navdesk/server/core';
import { TailoringDeliveryService } from './delivery/tailoring-delivery.service';
import { TAILORING_JOBS, TAILORING_QUEUE, type ApplyTailoringJob } from './tailoring.constants';

/** Applies approved tailoring changes through the programme. */
@Processor(TAILORING_QUEUE, { concurrency: 2 })
export class TailoringProcessor extends NavdeskWorkerHost {
  constructor(private readonly delivery: TailoringDeliveryService) {
    super();
  }

  async process(job: Job): Promise<string> {
    if (job.name !== TAILORING_JOBS.apply) throw new UnrecoverableError(`unknown tailoring job ${job.name}`);
    const { requestId, round } = job.data as ApplyTailoringJob;
    const last = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    return this.delivery.apply(requestId, round, last);
  }
}
