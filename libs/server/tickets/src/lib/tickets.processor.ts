import { InjectQueue, Processor } from '@nestjs/bullmq';
import { type OnModuleInit } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { NavdeskWorkerHost, ScheduleRegistry, unknownJob, type JobOf } from '@navdesk/server/core';
import { SlaSweepService } from './sla/sla-sweep.service';
import { TICKET_JOBS, TICKETS_QUEUE, type TicketJobs } from './tickets.constants';
import { RiskAlertService } from './triage/risk-alert.service';
import { TriageService } from './triage/triage.service';

/** The tickets queue: triage (in batches: TRIAGE_BATCH, whose max × inFlight this concurrency is), risk alerts and the SLA sweep (every minute). */
@Processor(TICKETS_QUEUE, { concurrency: 128 })
export class TicketsProcessor extends NavdeskWorkerHost implements OnModuleInit {
  constructor(
    private readonly triage: TriageService,
    private readonly risk: RiskAlertService,
    private readonly sweep: SlaSweepService,
    @InjectQueue(TICKETS_QUEUE) private readonly queue: Queue,
    private readonly schedules: ScheduleRegistry,
  ) {
    super();
  }

  onModuleInit(): void {
    this.schedules.declare(this.queue, [{ name: TICKET_JOBS.slaSweep, repeat: { every: 60_000 } }]);
  }

  async process(job: JobOf<TicketJobs>): Promise<string | number> {
    this.logger.log(`job ${job.id} ${job.name} start`);
    let result: string | number;
    switch (job.name) {
      case TICKET_JOBS.triage:
        result = await this.triage.triage(job.data.ticketId);
        break;
      case TICKET_JOBS.riskAlert:
        result = await this.risk.alert(job.data.ticketId, String(job.id));
        break;
      case TICKET_JOBS.slaSweep:
        result = await this.sweep.sweep();
        break;
      default:
        throw unknownJob(TICKETS_QUEUE, job);
    }
    this.logger.log(`job ${job.id} ${job.name} done: ${result}`);
    return result;
  }
}
