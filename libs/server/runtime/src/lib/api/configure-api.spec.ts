import express, { type NextFunction, type Request, type Response } from 'express';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo, Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answeringParseErrors, consoleMiddleware } from './configure-api';

class RecordingResponse {
  statusCode = 0;
  body: unknown;
  status(code: number): this {
    this.statusCode = code;
    return this;
  }
  json(body: unknown): this {
    this.body = body;
    return this;
  }
}

const failingParser = (error: unknown) => (_req: Request, _res: Response, next: NextFunction) => next(error);

describe('body-parser errors', () => {
  it('answers an oversized body with 413 in the contract’s shape', () => {
    const res = new RecordingResponse();
    answeringParseErrors(failingParser({ status: 413, type: 'entity.too.large', message: 'too large' }))({} as Request, res as unknown as Response, () => undefined);
    expect(res.statusCode).toBe(413);
    expect(res.body).toEqual({ statusCode: 413, error: 'Payload Too Large', message: 'Request body is too large' });
  });

  it('passes the request on when the body parsed', () => {
    let passed = false;
    answeringParseErrors(failingParser(undefined))({} as Request, new RecordingResponse() as unknown as Response, () => (passed = true));
    expect(passed).toBe(true);
  });
});

describe('the console beside the API', () => {
  let dir: string;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'navdesk-console-'));
    writeFileSync(join(dir, 'index.html'), '<html>console</html>');
    writeFileSync(join(dir, 'main.js'), 'console.log(1)');
    // A file whose path is an API route: the API must answer it, never the file.
    mkdirSync(join(dir, 'api'));
    writeFileSync(join(dir, 'api', 'health'), 'a file');
    const app = express();
    for (const m of consoleMiddleware(dir)) app.use(m);
    app.use((_req, res) => res.status(418).send('api'));
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves its files and its page for client routes', async () => {
    expect(await (await fetch(`${base}/main.js`)).text()).toBe('console.log(1)');
    for (const path of ['/admin/users', '/admin/queues-of-mine', '/metricsx']) expect(await (await fetch(`${base}${path}`)).text()).toBe('<html>console</html>');
    const page = await fetch(`${base}/reports/outcomes`);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(await page.text()).toBe('<html>console</html>');
  });

  it('leaves every path under the API, the metrics and the queue dashboard to the server, even one that names a file', async () => {
    for (const path of ['/api/health', '/api', '/api/missing', '/metrics', '/admin/queues', '/admin/queues/static/x.js']) {
      const res = await fetch(`${base}${path}`);
      expect([path, res.status, await res.text()]).toEqual([path, 418, 'api']);
    }
  });
});
