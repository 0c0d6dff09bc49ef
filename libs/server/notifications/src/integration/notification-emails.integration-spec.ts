import type { INestApplicationContext } from '@nestjs/common';
import { Queue } from 'bullmq';
import { OutboxWriter, redisOptionsFromUrl } from '@navdesk/server/core';
import { NOTIFICATION_JOBS, NOTIFICATIONS, NOTIFICATIONS_QUEUE, NotificationsService } from '@navdesk/server/notifications';
import { startApiTestApp, startWorkerTestApp, waitForDrained, type ApiTestApp } from '@navdesk/server/runtime/testing';

/**
 * The e-mail of each notification, sent by jobs that carry a transaction's notifications and share look-ups
 * and inserts (group commit): one e-mail per notification of an active person, none for a leaver, none
 * twice for a job run twice, a notification that is gone skipped without failing the rest of its job, and
 * a job whose only notification is gone (in the shape jobs had before batches) failing on its own.
 */
describe('notification e-mails', () => {
  let t: ApiTestApp;
  let worker: INestApplicationContext | undefined;
  const active = ['pwp01@navdesk.test', 'pwp02@navdesk.test', 'nav1@navdesk.test', 'nav2@navdesk.test'];
  const leaver = 'pwp03@navdesk.test';

  beforeAll(async () => {
    t = await startApiTestApp({ label: 'notification-emails', seedDemo: true });
  });

  afterAll(async () => {
    await worker?.close();
    await t.close();
  });

  it('sends one e-mail per notification of an active person, in batches, each once', async () => {
    const users: { id: string; email: string }[] = await t.db.query(`SELECT id, email FROM users WHERE email = ANY($1)`, [[...active, leaver]]);
    const idOf = (email: string) => users.find((u) => u.email === email)?.id as string;
    await t.asOwner(`UPDATE users SET active = false WHERE email = $1`, [leaver]);
    const ticket: { id: string }[] = await t.db.query(`SELECT id FROM tickets ORDER BY created_at LIMIT 1`);
    const ticketId = ticket[0]?.id as string;

    // 25 rounds of one notification each for the four active people and the leaver: 125 e-mails at once.
    const notifications = t.app.get(NotificationsService);
    const outbox = t.app.get(OutboxWriter);
    const ghost = '00000000-0000-4000-8000-000000000000';
    await t.db.transaction(async (manager) => {
      await notifications.notifyMany(
        manager,
        Array.from({ length: 25 }, (_, i) => ({ userIds: [...active, leaver].map(idOf), type: 'assigned' as const, title: `Round ${i}`, body: `Body ${i}`, ticketId })),
      );
    });
    // A job for a notification that does not exist, amid the others, in the shape jobs had before batches.
    await t.db.query(`INSERT INTO outbox_messages (id, queue, job_name, payload) VALUES (gen_random_uuid(), $1, $2, $3)`, [NOTIFICATIONS_QUEUE, NOTIFICATION_JOBS.email, JSON.stringify({ notificationId: ghost })]);
    const firstRound: { id: string }[] = await t.db.query(`SELECT id FROM notifications WHERE title = 'Round 0' AND user_id = $1`, [idOf(active[0] as string)]);
    // The 125 notifications of that one transaction went out in two e-mail jobs (at most 100 each), not 125.
    const emailJobs: { ids: number }[] = await t.db.query(
      `SELECT jsonb_array_length(payload->'notificationIds')::int AS ids FROM outbox_messages
        WHERE queue = $1 AND payload->'notificationIds' ?| (SELECT array_agg(id::text) FROM notifications WHERE title LIKE 'Round %')`,
      [NOTIFICATIONS_QUEUE],
    );
    expect(emailJobs.map((j) => j.ids).sort((a, b) => a - b)).toEqual([25, 100]);

    worker = await startWorkerTestApp();
    await waitForDrained(t.db);
    // The same notification's e-mail again (a retry after a crash), beside one that is gone: still one e-mail, and the job completes.
    await t.db.transaction((manager) => outbox.enqueue(manager, NOTIFICATIONS, NOTIFICATION_JOBS.email, { notificationIds: [firstRound[0]?.id as string, '00000000-0000-4000-8000-000000000001'] }));
    await waitForDrained(t.db);

    const mails: { recipient: string; subject: string; body: string; dedupe_key: string }[] = await t.db.query(`SELECT recipient, subject, body, dedupe_key FROM outbound_emails WHERE dedupe_key LIKE 'notification:%' AND subject LIKE 'Navdesk: Round %'`);
    expect(mails).toHaveLength(25 * active.length);
    for (const email of active) {
      const theirs = mails.filter((m) => m.recipient === email);
      expect(theirs.map((m) => m.subject).sort()).toEqual(Array.from({ length: 25 }, (_, i) => `Navdesk: Round ${i}`).sort());
    }
    expect(mails.filter((m) => m.recipient === leaver)).toEqual([]);
    const sample = mails.find((m) => m.subject === 'Navdesk: Round 3' && m.recipient === active[1]);
    expect(sample?.body).toMatch(new RegExp(`^Body 3\\n\\nOpen it in Navdesk: .*/tickets/${ticketId}$`));
    const [{ n: notified }] = await t.db.query(`SELECT count(DISTINCT n.id)::int AS n FROM notifications n JOIN outbound_emails e ON e.dedupe_key = 'notification:' || n.id WHERE n.title LIKE 'Round %'`);
    expect(notified).toBe(25 * active.length);

    // The ghost's job failed once, for good (unrecoverable), and no other job failed.
    const queue = new Queue(NOTIFICATIONS_QUEUE, { connection: redisOptionsFromUrl(t.env.redisUrl), prefix: `${t.env.redisPrefix}:bull` });
    try {
      const failed = await queue.getJobs(['failed']);
      expect(failed.map((j) => ({ notificationId: j.data.notificationId, attemptsMade: j.attemptsMade }))).toEqual([{ notificationId: ghost, attemptsMade: 1 }]);
    } finally {
      await queue.close();
    }
  });
});
