import { SIM_URL } from './stack-urls';

/** The development key of the simulator the e2e stack runs beside the api (`npm run e2e:stack`). */
const SIM_KEY = 'programme-sim-development-key';

async function simCall(method: string, path: string, body?: unknown): Promise<unknown> {
  const res = await fetch(SIM_URL + path, {
    method,
    headers: { authorization: `Bearer ${SIM_KEY}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`simulator ${method} ${path}: ${res.status}`);
  return res.json();
}

/** The patient opens the programme and logs in (what a reset waits for). */
export function patientLogsIn(ref: string): Promise<unknown> {
  return simCall('POST', `/simulate/accounts/${ref}/login`);
}

/** How many reset links the programme has sent this patient. */
export async function resetLinksSent(ref: string): Promise<number> {
  return ((await simCall('GET', `/simulate/accounts/${ref}/resets`)) as unknown[]).length;
}
