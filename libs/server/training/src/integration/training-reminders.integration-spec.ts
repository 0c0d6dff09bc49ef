import type { INestApplicationContext } from '@nestjs/common';
import {
  startApiTestApp,
  startWorkerTestApp,
  waitForDrained,
  type ApiTestApp,
} from '@navdesk/server/runtime/testing';
import {
  TrainingRemindersService,
  tomorrowInLondon,
} from '@navdesk/server/training';

const HOUR = 3_600_000;

/** `hours` past midnight London time, `days` from today's London date. */
const londonDayAt = (days: number, hours: number): string => {
  const { from } = tomorrowInLondon(
    new Date(Date.now() + (days - 1) * 24 * HOUR),
  );
  return new Date(from.getTime() + hours * HOUR).toISOString();
};

/** Day-before training reminders: booked and invited-not-booked PWPs get one bell and one e-mail each, once. */
describe('training reminders', () => {
  let t: ApiTestApp;
  let worker: INestApplicationContext;
  let navigator: string;
  let serviceId: string;
  const pwps = new Map<
    'booked' | 'invited' | 'invitedThenBooked',
    { token: string; id: string; email: string }
  >();
  const pwp = (key: 'booked' | 'invited' | 'invitedThenBooked') =>
    pwps.get(key) as { token: string; id: string; email: string };
  const title = `Reminder workshop ${Date.now()}`;
  let tomorrow: string;
  let later: string;
  let cancelled: string;

  const call = (method: string, path: string, token: string, body?: unknown) =>
    t.call(method, path, { token, body });

  beforeAll(async () => {
    t = await startApiTestApp({ label: 'reminders', seedDemo: true });
    worker = await startWorkerTestApp();
    navigator = (await t.signIn('nav1@navdesk.test')).accessToken;
    for (const [key, email] of [
      ['booked', 'pwp01@navdesk.test'],
      ['invited', 'pwp02@navdesk.test'],
      ['invitedThenBooked', 'pwp03@navdesk.test'],
    ] as const) {
      const s = await t.signIn(email);
      pwps.set(key, { token: s.accessToken, id: s.user.id, email });
      serviceId = s.user.serviceIds[0] as string;
    }
    const module = await call('POST', '/api/training/modules', navigator, {
      title,
      topic: 'reading_engagement',
      format: 'workshop',
      durationMinutes: 60,
      serviceId,
    });
    expect(module.status).toBe(201);
    const session = async (startsAt: string) => {
      const res = await call('POST', '/api/training/sessions', navigator, {
        moduleId: module.body.id,
        startsAt,
        capacity: 5,
        serviceId,
      });
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    tomorrow = await session(londonDayAt(1, 14));
    later = await session(londonDayAt(2, 14));
    cancelled = await session(londonDayAt(1, 10));

    expect(
      (
        await call(
          'POST',
          `/api/training/sessions/${tomorrow}/bookings`,
          pwp('booked').token,
        )
      ).status,
    ).toBe(201);
    expect(
      (
        await call(
          'POST',
          `/api/training/sessions/${tomorrow}/invitations`,
          navigator,
          { pwpIds: [pwp('invited').id, pwp('invitedThenBooked').id] },
        )
      ).status,
    ).toBe(201);
    expect(
      (
        await call(
          'POST',
          `/api/training/sessions/${tomorrow}/bookings`,
          pwp('invitedThenBooked').token,
        )
      ).status,
    ).toBe(201);
    // Not tomorrow, or no longer on: no reminder.
    expect(
      (
        await call(
          'POST',
          `/api/training/sessions/${later}/bookings`,
          pwp('invited').token,
        )
      ).status,
    ).toBe(201);
    expect(
      (
        await call(
          'POST',
          `/api/training/sessions/${cancelled}/bookings`,
          pwp('invited').token,
        )
      ).status,
    ).toBe(201);
    expect(
      (
        await call(
          'POST',
          `/api/training/sessions/${cancelled}/cancel`,
          navigator,
        )
      ).status,
    ).toBe(200);
    await waitForDrained(t.db);
  });

  afterAll(async () => {
    await worker?.close();
    await t?.close();
  });

  /** Per PWP of ours: bell notifications and e-mails for this module's reminders. */
  const delivered = async () => {
    const bells: { user_id: string; n: number }[] = await t.db.query(
      `SELECT user_id, count(*)::int AS n FROM notifications WHERE type = 'training_reminder' AND title = $1 GROUP BY user_id`,
      [`Training tomorrow: ${title}`],
    );
    const mails: { recipient: string; n: number }[] = await t.db.query(
      `SELECT recipient, count(*)::int AS n FROM outbound_emails WHERE subject = $1 GROUP BY recipient`,
      [`Navdesk: Training tomorrow: ${title}`],
    );
    return {
      bells: Object.fromEntries(bells.map((b) => [b.user_id, b.n])),
      mails: Object.fromEntries(mails.map((m) => [m.recipient, m.n])),
    };
  };

  it('reminds booked and invited-not-booked PWPs of tomorrow’s session: one bell and one e-mail each', async () => {
    await worker.get(TrainingRemindersService).remindTomorrow();
    await waitForDrained(t.db);

    const rows: { session_id: string; pwp_id: string; reason: string }[] =
      await t.db.query(
        `SELECT session_id, pwp_id, reason FROM training_reminders WHERE session_id = ANY($1) ORDER BY reason, pwp_id`,
        [[tomorrow, later, cancelled]],
      );
    expect(rows).toEqual(
      [
        { session_id: tomorrow, pwp_id: pwp('booked').id, reason: 'booked' },
        {
          session_id: tomorrow,
          pwp_id: pwp('invitedThenBooked').id,
          reason: 'booked',
        },
        { session_id: tomorrow, pwp_id: pwp('invited').id, reason: 'invited' },
      ].sort(
        (a, b) =>
          a.reason.localeCompare(b.reason) || a.pwp_id.localeCompare(b.pwp_id),
      ),
    );
    expect(await delivered()).toEqual({
      bells: {
        [pwp('booked').id]: 1,
        [pwp('invited').id]: 1,
        [pwp('invitedThenBooked').id]: 1,
      },
      mails: {
        [pwp('booked').email]: 1,
        [pwp('invited').email]: 1,
        [pwp('invitedThenBooked').email]: 1,
      },
    });

    const [invitedMail] = await t.db.query(
      `SELECT body FROM outbound_emails WHERE subject = $1 AND recipient = $2`,
      [`Navdesk: Training tomorrow: ${title}`, pwp('invited').email],
    );
    expect(invitedMail.body).toMatch(
      /You were invited to .* and have not booked yet\. 3 seats are left/,
    );
    const bell = await call(
      'GET',
      '/api/notifications?limit=5',
      pwp('booked').token,
    );
    expect(bell.body.items[0]).toMatchObject({
      type: 'training_reminder',
      title: `Training tomorrow: ${title}`,
      readAt: null,
    });
  });

  it('reminds the demo’s pwp01 of the session the demo books for tomorrow, so a newcomer sees one on day one', async () => {
    const bell = await call('GET', '/api/notifications?limit=50', pwp('booked').token);
    expect(bell.body.items.map((n: { title: string }) => n.title)).toContain('Training tomorrow: Log-in and app troubleshooting');
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM training_reminders r JOIN training_sessions s ON s.id = r.session_id
        WHERE r.pwp_id = $1 AND s.starts_at >= $2 AND s.starts_at < $3`,
      [pwp('booked').id, tomorrowInLondon(new Date()).from, tomorrowInLondon(new Date()).to],
    );
    expect(n).toBe(2);
  });

  it('sends nothing more when it runs again', async () => {
    const before = await delivered();
    expect(await worker.get(TrainingRemindersService).remindTomorrow()).toBe(0);
    await waitForDrained(t.db);
    expect(await delivered()).toEqual(before);
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM training_reminders WHERE session_id = $1`,
      [tomorrow],
    );
    expect(n).toBe(3);
  });
});
