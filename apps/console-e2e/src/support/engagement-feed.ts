import { DEMO_PASSWORD } from './demo-users';
import { API_URL as API } from './stack-urls';

const DAY = 86_400_000;

async function json<T>(res: Response): Promise<T> {
  if (!res.ok) throw new Error(`${res.url} answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

/** Signs in over the api: the PWP's id and first service, and that service's demo programme key. */
export async function programmeFeedFor(email: string): Promise<{ pwpId: string; key: string }> {
  const login = await json<{ accessToken: string; user: { id: string; serviceIds: string[] } }>(
    await fetch(`${API}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: DEMO_PASSWORD }) }),
  );
  const services = await json<{ items?: { id: string; code: string }[] } | { id: string; code: string }[]>(
    await fetch(`${API}/api/services`, { headers: { authorization: `Bearer ${login.accessToken}` } }),
  );
  const list = Array.isArray(services) ? services : (services.items ?? []);
  const code = list.find((s) => s.id === login.user.serviceIds[0])?.code;
  if (!code) throw new Error(`no service found for ${email}`);
  return { pwpId: login.user.id, key: `ndk_navdesk-demo-programme-${code.toLowerCase()}` };
}

/**
 * What the service's records system and the programme would send for a new patient: a face-to-face
 * session tomorrow, and log-ins that stopped ten days ago (so a no-log-in flag is raised).
 */
export async function feedDriftingPatient(ref: string, feed: { pwpId: string; key: string }): Promise<void> {
  const auth = { authorization: `Bearer ${feed.key}`, 'content-type': 'application/json' };
  const now = Date.now();
  await json(
    await fetch(`${API}/api/patients/${ref}`, {
      method: 'PUT',
      headers: auth,
      body: JSON.stringify({ pwpId: feed.pwpId, sessions: [{ startsAt: new Date(now - 7 * DAY).toISOString(), mode: 'face_to_face' }, { startsAt: new Date(now + DAY).toISOString(), mode: 'face_to_face' }] }),
    }),
  );
  const events = [];
  for (let d = 20; d >= 10; d--) {
    events.push({ eventId: `${ref}-login-${d}`, patientRef: ref, type: 'login', occurredAt: new Date(now - d * DAY).toISOString(), appVersion: '4.2.1' });
    events.push({ eventId: `${ref}-mood-${d}`, patientRef: ref, type: 'mood_rated', value: 7 - (d % 3), occurredAt: new Date(now - d * DAY + 60_000).toISOString() });
  }
  await json(await fetch(`${API}/api/engagement/events`, { method: 'POST', headers: auth, body: JSON.stringify({ events }) }));
}
