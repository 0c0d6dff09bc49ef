// Section 3: navigators of one service holding GET /api/events/stream open, split over the api processes;
// a PWP raises tickets in that service and each connection's time to its `ticket.changed` is measured.
// Each navigator is a real user with their own session (created by the admin, signed in like anyone), so
// the guard, the per-stream session watch and the per-user audience filter do the work they do in use.
import { call, DEMO_PASSWORD, inParallel, login, raiseTicket } from './api-client.mjs';
import { openFilesLimit, rssKiB, until } from './measure.mjs';
import { openStream } from './sse-client.mjs';

/** Creates `count` navigators of `serviceId` through the admin API and signs each in; resolves to their tokens. */
export async function signedInNavigators({ bases, serviceId, count }) {
  const admin = await login(bases[0], 'admin@navdesk.test', DEMO_PASSWORD);
  const password = crypto.randomUUID();
  const emailOf = (i) => `bench-nav-${i}@navdesk.test`;
  // Password hashing (argon2id) dominates both steps; a few at a time keeps the apis answering.
  await inParallel(count, 4, (i) =>
    call(bases[i % bases.length], '/api/users', { method: 'POST', token: admin.accessToken, body: { email: emailOf(i), name: `Bench Navigator ${i}`, role: 'navigator', serviceIds: [serviceId], password } }),
  );
  return inParallel(count, 4, async (i) => (await login(bases[i % bases.length], emailOf(i), password)).accessToken);
}

/** Opens one stream per token, round-robin over `bases`; notes each api's RSS just before and after. */
export async function connectAll({ bases, pids, tokens }) {
  const rssBefore = pids.map(rssKiB);
  const settled = await Promise.allSettled(tokens.map((token, i) => openStream(`${bases[i % bases.length]}/api/events/stream`, token)));
  const rssAfter = pids.map(rssKiB);
  const streams = settled.filter((s) => s.status === 'fulfilled').map((s) => s.value);
  const refusals = new Map();
  for (const s of settled.filter((r) => r.status === 'rejected')) refusals.set(s.reason.message, (refusals.get(s.reason.message) ?? 0) + 1);
  const perApi = bases.map((base, k) => ({
    base,
    pid: pids[k],
    openFiles: openFilesLimit(pids[k]),
    connections: settled.filter((s, i) => i % bases.length === k && s.status === 'fulfilled').length,
    rssBefore: rssBefore[k],
    rssAfter: rssAfter[k],
  }));
  return { streams, refusals, perApi };
}

/**
 * Raises `events` tickets one after another as the PWP and, for each, waits until every stream has its
 * `ticket.changed`: the time from sending the POST, and from the api's publish (`at` in the event).
 */
export async function measureFanOut({ base, streams, pwpToken, serviceId, events, timeoutMs = 30_000 }) {
  const fromPost = [];
  const fromPublish = [];
  let missing = 0;
  for (let k = 0; k < events; k++) {
    const sent = performance.now();
    const ticket = await raiseTicket(base, pwpToken, serviceId, `Live fan-out check ${k + 1}`);
    const key = `ticket.changed ${ticket.id}`;
    await until(`every stream to hear of ticket ${ticket.reference}`, () => streams.every((s) => s.arrivals.has(key)), { everyMs: 20, timeoutMs }).catch(() => undefined);
    for (const s of streams) {
      const arrival = s.arrivals.get(key);
      if (!arrival) {
        missing += 1;
        continue;
      }
      fromPost.push(arrival.at - sent);
      fromPublish.push(performance.timeOrigin + arrival.at - Date.parse(arrival.event.at));
    }
  }
  return { fromPost, fromPublish, missing };
}
