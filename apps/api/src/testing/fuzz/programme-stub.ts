import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PasswordResetReceipt, ProgrammeAccount } from '@navdesk/contracts';

/**
 * The digital programme, answering every account call of Navdesk's programme client with a plausible
 * account, so the fuzz reaches the code behind it rather than a 503 for a programme that is down
 * (the programme simulator's own specs cover faults).
 */
export async function startProgrammeStub(): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    req.resume();
    const ref = decodeURIComponent((req.url ?? '').split('/')[2] ?? '');
    const body: ProgrammeAccount | PasswordResetReceipt = req.url?.endsWith('/password-reset')
      ? { requestId: 'stub', sentAt: new Date().toISOString(), channel: 'email' }
      : { patientRef: ref, status: 'active', lastLoginAt: null, appVersion: '4.2.0', device: 'stub', notificationSettings: { reminderFrequency: 'daily', quietHours: null }, modulePlan: ['m01-understanding-depression'] };
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
