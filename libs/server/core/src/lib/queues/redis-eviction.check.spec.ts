import { checkRedisEvictionPolicy } from './redis-eviction.check';

type ConfigFn = Parameters<typeof checkRedisEvictionPolicy>[0]['config'];

const redisAnswering = (answer: () => Promise<unknown>) => ({ config: answer as unknown as ConfigFn });

describe('checkRedisEvictionPolicy', () => {
  it('accepts noeviction', async () => {
    expect(await checkRedisEvictionPolicy(redisAnswering(async () => ['maxmemory-policy', 'noeviction']))).toBeNull();
  });

  it('names the policy it refuses and how to fix it', async () => {
    const problem = await checkRedisEvictionPolicy(redisAnswering(async () => ['maxmemory-policy', 'allkeys-lru']));
    expect(problem).toMatch(/"allkeys-lru".*noeviction/);
  });

  it('refuses when the policy cannot be read', async () => {
    const problem = await checkRedisEvictionPolicy(redisAnswering(async () => { throw new Error('unknown command CONFIG'); }));
    expect(problem).toMatch(/cannot read Redis maxmemory-policy/);
  });
});
