import { createServer, type Server, type Socket } from 'node:net';
import { redisPreflight } from './redis-preflight';

/** A port nothing listens on: bind one, note it, close it. */
async function closedPort(): Promise<number> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('redisPreflight', () => {
  it('says in one line that Redis is unreachable, naming REDIS_URL and how to start it', async () => {
    const port = await closedPort();
    const started = Date.now();
    const problem = await redisPreflight(`redis://127.0.0.1:${port}`, 1_000);
    expect(problem).toMatch(new RegExp(`^Cannot reach Redis at 127\\.0\\.0\\.1:${port} \\(REDIS_URL\\): .*ECONNREFUSED.*redis-server --maxmemory-policy noeviction`));
    expect(problem).not.toContain('\n');
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('gives up after its timeout on a server that never answers', async () => {
    const sockets: Socket[] = [];
    const silent = createServer((socket) => void sockets.push(socket)); // accepts, never speaks
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as { port: number };
    try {
      const problem = await redisPreflight(`redis://127.0.0.1:${port}`, 300);
      expect(problem).toMatch(/^Cannot reach Redis at .*\(REDIS_URL\)/);
    } finally {
      sockets.forEach((s) => s.destroy());
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });
});
