// The README's example: the programme's vendor sends an engagement batch and a records system feeds the register,
// through the client `npm run client:generate` writes. Type-checked by `npm run openapi:check` against that client.
import { createNavdeskClient } from '../../dist/client';

export async function sendFeed(baseUrl: string, integrationKey: string, pwpId: string): Promise<void> {
  const navdesk = createNavdeskClient(baseUrl, integrationKey);
  const events = [{ eventId: 'ev-1001', patientRef: 'P-7QK2MA', type: 'login' as const, occurredAt: '2026-12-03T09:30:00Z' }];
  const sent = await navdesk.POST('/api/engagement/events', { body: { events } });
  if (sent.error) throw new Error(`${sent.error.statusCode}: ${sent.error.message}`);
  console.log(`${sent.data.accepted} stored, ${sent.data.duplicates} already held, ${sent.data.unknownPatients.length} unknown`);
  const put = await navdesk.PUT('/api/patients/{ref}', { params: { path: { ref: 'P-7QK2MA' } }, body: { pwpId, sessions: [{ startsAt: '2026-12-10T10:00:00Z', mode: 'face_to_face' }] } });
  if (put.error) throw new Error(put.error.message);
  console.log(put.data.created ? 'registered' : 'register entry replaced');
}
