import type { DefaultJobOptions } from 'bullmq';
import { DEFAULT_JOB_OPTIONS, typedQueue, type NoPayload } from '@navdesk/server/core';

export const TICKETS_QUEUE = 'tickets';

export const TICKET_JOBS = {
  triage: 'triage',
  riskAlert: 'risk-alert',
  slaSweep: 'sla-sweep',
} as const satisfies Record<string, keyof TicketJobs>;

export interface TicketJob {
  ticketId: string;
}

/** The tickets queue's jobs: name → payload, shared by the producers, the schedule and the processor. */
export interface TicketJobs {
  triage: TicketJob;
  'risk-alert': TicketJob;
  'sla-sweep': NoPayload;
}
export const TICKETS = typedQueue<TicketJobs>(TICKETS_QUEUE);

/** Triage should be quick: retry soon, but keep failures two weeks for admins. */
export const TICKETS_JOB_OPTIONS: DefaultJobOptions = { ...DEFAULT_JOB_OPTIONS, attempts: 6, backoff: { type: 'exponential', delay: 1_000 } };

/** Incidents gather usability reports of the same category and similar text seen within this window. */
/**
 * Triage jobs running together share a transaction: a batch closes when full or `waitMs` after its first
 * ticket, and `inFlight` batches commit at once. `max` × `inFlight` is the tickets processor's concurrency.
 * Each batch is a handful of round trips whatever its size, so bigger and more batches triage more per
 * second: 16 × 2 triaged ~1,200 tickets/s in bench:queues, 32 × 4 ~2,100 (the machine then saturated).
 * `waitMs` 10: at intake's rates (hundreds a second) jobs come a millisecond or two apart, and 2 ms made
 * batches of one or two, each paying the same statements; ten more milliseconds before triage buy that back.
 */
export const TRIAGE_BATCH = { waitMs: 10, max: 32, inFlight: 4 } as const;

export const INCIDENT_MATCH_DAYS = 14;
export const INCIDENT_MATCH_SIMILARITY = 0.3;

export const RISK_NOTICE =
  'Tech support is not a crisis route. If you think your patient is at risk, follow your service’s risk protocol now (contact your duty clinician or supervisor). The service’s duty contact has been told about this ticket.';
