import { Module, type DynamicModule } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { MetricsRegistry } from '../metrics-registry';
import { JobMetricsListener } from './job-metrics.listener';
import { OutboxMetricsCollector } from './outbox-metrics.collector';
import { METRICS_QUEUE_NAMES, QueueMetricsCollector } from './queue-metrics.collector';
import { ScheduleMetricsCollector } from './schedule-metrics.collector';
import { SlaMetricsCollector } from './sla-metrics.collector';
import { WorkerHttpServer } from './worker-http.server';

/**
 * The worker's metrics and its HTTP listener: the named queues (the runtime's registry), job durations
 * and failures, outbox lag, schedules and SLA breaches. Needs the TICKET_READS port in the process.
 */
@Module({})
export class WorkerMetricsModule {
  static forQueues(queueNames: readonly string[]): DynamicModule {
    return {
      module: WorkerMetricsModule,
      // The queues themselves come from the domains' worker modules, which the worker imports beside this one.
      imports: [DiscoveryModule],
      providers: [
        MetricsRegistry,
        { provide: METRICS_QUEUE_NAMES, useValue: queueNames },
        QueueMetricsCollector,
        JobMetricsListener,
        OutboxMetricsCollector,
        ScheduleMetricsCollector,
        SlaMetricsCollector,
        WorkerHttpServer,
      ],
      exports: [MetricsRegistry, WorkerHttpServer],
    };
  }
}
