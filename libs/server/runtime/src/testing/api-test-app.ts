import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import type { LoginResponse } from '@navdesk/contracts';
import { createTestEnv, loadConfig, type TestEnv } from '@navdesk/server/core';
import { DemoSeeder, DEMO_PASSWORD } from '@navdesk/server/demo';
import { ApiModule } from '../lib/api/api.module';
import { configureApi } from '../lib/api/configure-api';

export interface ApiTestApp {
  app: NestExpressApplication;
  env: TestEnv;
  baseUrl: string;
  /** The app's own connection: the runtime role, with exactly the privileges the api has. */
  db: DataSource;
  /** One statement as the owner role, for a test's set-up that the runtime role may not do (DDL). */
  asOwner(sql: string, params?: unknown[]): Promise<unknown[]>;
  /** fetch against the running app; JSON bodies are serialised. */
  // Tests read many shapes of response; the assertions, not the type, check them.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  call(method: string, path: string, options?: { token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> }): Promise<{ status: number; body: any; headers: Headers }>;
  signIn(email: string, password?: string): Promise<LoginResponse>;
  close(): Promise<void>;
}

/**
 * Boots the real api (migrations, guards, filters, body limits) on a fresh database and Redis prefix,
 * listening on a free port; optionally with the demo data.
 */
export async function startApiTestApp(options: { label: string; seedDemo?: boolean; env?: Record<string, string> }): Promise<ApiTestApp> {
  const env = await createTestEnv(options.label, options.env);
  const moduleRef = await Test.createTestingModule({ imports: [ApiModule] }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, bufferLogs: true, forceCloseConnections: true });
  configureApi(app, loadConfig(process.env));
  await app.init();
  if (options.seedDemo) await app.get(DemoSeeder).seedIfEmpty();
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;

  const call: ApiTestApp['call'] = async (method, path, opts = {}) => {
    const headers: Record<string, string> = { ...(opts.headers ?? {}) };
    if (opts.token) headers['authorization'] = `Bearer ${opts.token}`;
    let body: string | undefined = opts.rawBody;
    if (opts.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(opts.body);
    }
    const res = await fetch(baseUrl + path, { method, headers, body });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON
    }
    return { status: res.status, body: parsed, headers: res.headers };
  };

  return {
    app,
    env,
    baseUrl,
    db: app.get(DataSource),
    async asOwner(sql, params = []) {
      const owner = new Client({ connectionString: env.migrationUrl });
      await owner.connect();
      try {
        return (await owner.query(sql, params)).rows;
      } finally {
        await owner.end();
      }
    },
    call,
    async signIn(email, password = DEMO_PASSWORD) {
      const res = await call('POST', '/api/auth/login', { body: { email, password } });
      if (res.status !== 200) throw new Error(`sign-in of ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body as LoginResponse;
    },
    async close() {
      await app.close();
      await env.cleanup();
    },
  };
}
