import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { AddressInfo } from 'node:net';
import { ApiExceptionFilter, createValidationPipe } from '@navdesk/server/core';
import { ProgrammeSimModule } from '../app/programme-sim.module';

export interface SimHarness {
  url: string;
  /** Calls the simulator with its API key; answers the parsed JSON body. */
  call(method: string, path: string, body?: unknown): ReturnType<Response['json']>;
  /** Sets the injected faults (anything not given is off). */
  faults(f: { errorRate?: number; latencyMs?: number; down?: boolean }): Promise<unknown>;
  close(): Promise<void>;
}

/** The programme simulator on a free port, for integration tests that drive Navdesk against it over HTTP. */
export async function startSimForTest(key: string): Promise<SimHarness> {
  process.env['PROGRAMME_SIM_API_KEY'] = key;
  const simModule = await Test.createTestingModule({ imports: [ProgrammeSimModule] }).compile();
  const sim: INestApplication = simModule.createNestApplication({ logger: false });
  sim.useLogger(false);
  sim.useGlobalPipes(createValidationPipe());
  sim.useGlobalFilters(new ApiExceptionFilter());
  await sim.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${(sim.getHttpServer().address() as AddressInfo).port}`;
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(url + path, { method, headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    return res.json();
  };
  return {
    url,
    call,
    faults: (f) => call('PUT', '/admin/faults', { errorRate: 0, latencyMs: 0, down: false, ...f }),
    close: () => sim.close(),
  };
}
