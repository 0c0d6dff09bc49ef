// The few api calls the queue benchmarks make, as JSON, failing loudly on anything but 2xx.

export async function call(base, path, { token, method = 'GET', body } = {}) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : undefined;
}

export const login = (base, email, password) => call(base, '/api/auth/login', { method: 'POST', body: { email, password } });

export const DEMO_PASSWORD = 'navdesk-demo';

/** A ticket as a PWP raises it in the console. */
export const raiseTicket = (base, token, serviceId, title) =>
  call(base, '/api/tickets', {
    method: 'POST',
    token,
    body: { kind: 'tech_support', serviceId, title, description: 'The password reset e-mail does not arrive', severity: 'medium' },
  });

/** Runs `task(i)` for i in 0…count-1, at most `parallel` at a time. */
export async function inParallel(count, parallel, task) {
  const results = new Array(count);
  let next = 0;
  const lane = async () => {
    while (next < count) {
      const i = next++;
      results[i] = await task(i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, count) }, lane));
  return results;
}
