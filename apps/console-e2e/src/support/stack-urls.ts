/**
 * Where the e2e stack (`npm run e2e:stack`) listens: the api on 3100 and the programme simulator on
 * 3400, or on `E2E_PORT` and `E2E_PORT` + 300 when it is set, so a suite runs beside another
 * checkout's (tools/scripts/stack.mjs reads the same variable).
 */
const raw = process.env['E2E_PORT'];
const port = raw ? Number(raw) : 3100;
if (!Number.isInteger(port) || port < 1 || port > 65_235)
  throw new Error(`E2E_PORT must be a port number, not "${raw}"`);

export const API_URL = `http://127.0.0.1:${port}`;
export const SIM_URL = `http://127.0.0.1:${port + 300}`;
