import { UnrecoverableError, type Job } from 'bullmq';

/** What a job payload may hold: ids (one or a list), counters and flags (job data sits in Redis in clear text). */
export type OutboxValue = string | number | boolean | null | readonly string[];

/** A payload with no fields, for jobs a schedule starts. */
export type NoPayload = Record<string, never>;

/** Job name → payload for one queue; the constraint keeps every payload flat (ids only, never patient data). */
export type JobMap<M> = { [N in keyof M]: { [F in keyof M[N]]: OutboxValue } };

/** A queue bound to its job map, so producers cannot pair a name with another queue's payload. */
export interface TypedQueue<M extends JobMap<M>> {
  readonly name: string;
  /** Type-only: never set at run time. */
  readonly jobs?: M;
}

export function typedQueue<M extends JobMap<M>>(name: string): TypedQueue<M> {
  return { name };
}

/** The job a processor receives: a union discriminated by `name`, so a `switch` narrows `data`. */
export type JobOf<M extends JobMap<M>> = { [N in keyof M & string]: Job<M[N], unknown, N> }[keyof M & string];

/** For the `default` branch of a processor's switch: a job the map does not know fails for good. */
export function unknownJob(queue: string, job: { name: string }): UnrecoverableError {
  return new UnrecoverableError(`unknown ${queue} job ${job.name}`);
}
