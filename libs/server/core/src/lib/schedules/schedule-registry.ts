import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import type { ScheduleDefinition } from './schedule-definition';

export interface DeclaredSchedule {
  queue: Queue;
  definition: ScheduleDefinition;
}

/**
 * Where domains declare their repeatable jobs (from their processors' onModuleInit) instead of
 * upserting them themselves: the keeper registers them all, again after Redis comes back, and
 * checks they are still there.
 */
@Injectable()
export class ScheduleRegistry {
  private readonly schedules = new Map<string, DeclaredSchedule>();

  declare(queue: Queue, definitions: readonly ScheduleDefinition[]): void {
    for (const definition of definitions) this.schedules.set(scheduleKey(queue.name, definition.name), { queue, definition });
  }

  all(): DeclaredSchedule[] {
    return [...this.schedules.values()];
  }

  find(queueName: string, name: string): DeclaredSchedule | undefined {
    return this.schedules.get(scheduleKey(queueName, name));
  }

  queues(): Queue[] {
    return [...new Set(this.all().map((s) => s.queue))];
  }
}

/** `queue/name`: how logs, health and the admin page name a schedule. */
export const scheduleKey = (queue: string, name: string): string => `${queue}/${name}`;
