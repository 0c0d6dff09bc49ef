import { Processor } from '@nestjs/bullmq';
import { NavdeskWorkerHost, unknownJob, type JobOf } from '@navdesk/server/core';
import { TailoringDeliveryService } from './delivery/tailoring-delivery.service';
import { TAILORING_JOBS, TAILORING_QUEUE, type TailoringJobs } from './tailoring.constants';

/** Applies approved tailoring changes through the programme. */
@Processor(TAILORING_QUEUE, { concurrency: 2 })
export class TailoringProcessor extends NavdeskWorkerHost {
  constructor(private readonly delivery: TailoringDeliveryService) {
    super();
  }

  async process(job: JobOf<TailoringJobs>): Promise<string> {
    if (job.name !== TAILORING_JOBS.apply) throw unknownJob(TAILORING_QUEUE, job);
    const { requestId, round } = job.data;
    const last = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    return this.delivery.apply(requestId, round, last);
  }
}
