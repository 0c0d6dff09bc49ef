import { DEMO_PASSWORD } from './demo-users';
import { API_URL as API } from './stack-urls';

export interface ApiSession {
  userId: string;
  name: string;
  serviceIds: string[];
  /** Calls the api as this person; throws with the answer when it is not a 2xx. */
  call<T>(method: string, path: string, body?: unknown): Promise<T>;
}

/** Signs a demo person in over the api, to set the scene a test needs without clicking through it. */
export async function apiAs(email: string): Promise<ApiSession> {
  const res = await fetch(`${API}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: DEMO_PASSWORD }) });
  if (!res.ok) throw new Error(`sign-in of ${email} answered ${res.status}`);
  const login = (await res.json()) as { accessToken: string; user: { id: string; name: string; serviceIds: string[] } };
  return {
    userId: login.user.id,
    name: login.user.name,
    serviceIds: login.user.serviceIds,
    async call<T>(method: string, path: string, body?: unknown): Promise<T> {
      const answer = await fetch(API + path, {
        method,
        headers: { authorization: `Bearer ${login.accessToken}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!answer.ok) throw new Error(`${method} ${path} answered ${answer.status}: ${await answer.text()}`);
      return (answer.status === 204 ? undefined : await answer.json()) as T;
    },
  };
}
