import { withTimeout } from './with-timeout';

describe('withTimeout', () => {
  it('answers with the work when it finishes in time', async () => {
    await expect(withTimeout(Promise.resolve(42), 1_000, 'the answer')).resolves.toBe(42);
  });

  it('rejects, naming what it waited for, when the work is too slow', async () => {
    const never = new Promise<number>(() => undefined);
    await expect(withTimeout(never, 20, 'Redis ping')).rejects.toThrow('Redis ping timed out after 20 ms');
  });

  it('passes the work’s own failure through', async () => {
    await expect(withTimeout(Promise.reject(new Error('refused')), 1_000, 'x')).rejects.toThrow('refused');
  });
});
