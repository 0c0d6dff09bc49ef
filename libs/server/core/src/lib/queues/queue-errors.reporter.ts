import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { Queue } from 'bullmq';

/**
 * Every BullMQ Queue in the app gets an error listener: without one, BullMQ prints each failed
 * reconnect attempt while Redis is down. One line per outage per queue is enough.
 */
@Injectable()
export class QueueErrorsReporter implements OnApplicationBootstrap {
  private readonly logger = new Logger('Queues');

  constructor(private readonly discovery: DiscoveryService) {}

  onApplicationBootstrap(): void {
    const seen = new Set<Queue>();
    for (const wrapper of this.discovery.getProviders()) {
      const queue: unknown = wrapper.instance;
      if (!(queue instanceof Queue) || seen.has(queue)) continue;
      seen.add(queue);
      let down = false;
      queue.on('error', (e: Error) => {
        if (!down) this.logger.warn(`queue ${queue.name} cannot reach Redis: ${e.message}`);
        down = true;
      });
    }
  }
}
