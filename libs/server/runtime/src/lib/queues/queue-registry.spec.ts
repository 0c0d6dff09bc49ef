import 'reflect-metadata';
import { PROCESSOR_METADATA } from '@nestjs/bullmq/dist/bull.constants';
import { MODULE_METADATA } from '@nestjs/common/constants';
import { ALL_QUEUES, QUEUE_REGISTRY } from './queue-registry';

/** The queue names the processors of a module (and of the modules it imports) run. */
function processedQueues(module: unknown, seen = new Set<unknown>()): string[] {
  if (typeof module !== 'function' || seen.has(module)) return [];
  seen.add(module);
  const providers: unknown[] = Reflect.getMetadata(MODULE_METADATA.PROVIDERS, module) ?? [];
  const imports: unknown[] = Reflect.getMetadata(MODULE_METADATA.IMPORTS, module) ?? [];
  const own = providers.flatMap((p) => {
    const meta: { name?: string } | undefined = typeof p === 'function' ? Reflect.getMetadata(PROCESSOR_METADATA, p) : undefined;
    return meta?.name ? [meta.name] : [];
  });
  return [...own, ...imports.flatMap((m) => processedQueues(m, seen))];
}

describe('queue registry', () => {
  it('names each queue once', () => {
    expect(new Set(ALL_QUEUES).size).toBe(ALL_QUEUES.length);
  });

  it.each(QUEUE_REGISTRY.map((r) => [r.queue, r.worker] as const))('pairs the %s queue with the worker module that processes it', (queue, worker) => {
    expect(processedQueues(worker)).toContain(queue);
  });
});
