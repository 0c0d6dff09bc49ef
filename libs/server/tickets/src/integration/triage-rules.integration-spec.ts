import type { INestApplicationContext } from '@nestjs/common';
import type { TicketKind, TriageRuleInput } from '@navdesk/contracts';
import {
  startApiTestApp,
  startWorkerTestApp,
  waitFor,
  type ApiTestApp,
} from '@navdesk/server/runtime/testing';
import {
  classifyTicket,
  loadTriageRules,
  type TriageRule,
} from '@navdesk/server/tickets';

describe('triage rules edited by admins, on real Postgres and Redis', () => {
  let t: ApiTestApp;
  let worker: INestApplicationContext;
  let admin: { token: string; id: string };
  let nav: { token: string };
  let pwp: { token: string; serviceId: string };

  beforeAll(async () => {
    t = await startApiTestApp({ label: 'triagerules', seedDemo: true });
    worker = await startWorkerTestApp();
    const a = await t.signIn('admin@navdesk.test');
    admin = { token: a.accessToken, id: a.user.id };
    nav = { token: (await t.signIn('nav1@navdesk.test')).accessToken };
    const p = await t.signIn('pwp01@navdesk.test');
    pwp = { token: p.accessToken, serviceId: p.user.serviceIds[0] as string };
  });

  afterAll(async () => {
    await worker.close();
    await t.close();
  });

  const raise = async (title: string, description: string) => {
    const created = await t.call('POST', '/api/tickets', {
      token: pwp.token,
      body: {
        kind: 'tech_support',
        serviceId: pwp.serviceId,
        title,
        description,
      },
    });
    expect(created.status).toBe(201);
    return (
      await waitFor(
        'triage',
        () =>
          t.call('GET', `/api/tickets/${created.body.id}`, {
            token: nav.token,
          }),
        (r) => r.body.status === 'triaged',
      )
    ).body;
  };

  const calendarRule: TriageRuleInput = {
    id: 'calendar-sync',
    category: 'data_sync',
    theme: 'functionality',
    patterns: ['calendar', 'module progress'],
  };
  const current = async () =>
    (await t.call('GET', '/api/admin/triage-rules', { token: admin.token }))
      .body;

  it('starts at version 1, the shipped rules, with nobody named as its author', async () => {
    const read = await t.call('GET', '/api/admin/triage-rules', {
      token: admin.token,
    });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      version: 1,
      createdByName: null,
      history: [
        { version: 1, ruleCount: read.body.rules.length, createdByName: null },
      ],
    });
    expect(read.body.rules.map((r: TriageRuleInput) => r.id)).toEqual(
      expect.arrayContaining(['login-access', 'app-crash', 'usability']),
    );
  });

  it('keeps the rules to admins: a navigator gets 403 on every call', async () => {
    const rules = (await current()).rules;
    expect(
      (await t.call('GET', '/api/admin/triage-rules', { token: nav.token }))
        .status,
    ).toBe(403);
    expect(
      (
        await t.call('POST', '/api/admin/triage-rules/preview', {
          token: nav.token,
          body: { rules },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await t.call('PUT', '/api/admin/triage-rules', {
          token: nav.token,
          body: { version: 1, rules },
        })
      ).status,
    ).toBe(403);
  });

  it('previews what an edit would do to the latest 1,000 tickets, as counts the test recomputes from the raw rows', async () => {
    const before = await current();
    const proposed = [...before.rules, calendarRule];
    const res = await t.call('POST', '/api/admin/triage-rules/preview', {
      token: admin.token,
      body: { rules: proposed },
    });
    expect(res.status).toBe(200);

    const rows: { kind: TicketKind; title: string; description: string }[] =
      await t.db.query(
        `SELECT kind, title, description FROM tickets ORDER BY created_at DESC, id DESC LIMIT 1000`,
      );
    const expected = recount(
      rows,
      loadTriageRules(before.rules),
      loadTriageRules(proposed),
    );
    expect(expected.size).toBeGreaterThan(0);
    expect(res.body).toMatchObject({
      version: 1,
      compared: rows.length,
      moved: [...expected.values()].reduce((a, b) => a + b, 0),
    });
    const got = new Map(
      res.body.moves.map(
        (m: {
          from: { category: string; theme: string };
          to: { category: string; theme: string };
          count: number;
        }) => [
          `${m.from.category}/${m.from.theme}>${m.to.category}/${m.to.theme}`,
          m.count,
        ],
      ),
    );
    expect(got).toEqual(expected);
    expect(res.body.moves[0].sentence).toMatch(
      /^\d+ tickets? would move from .+ to Data sync/,
    );
    // Counts only: no ticket's words come back.
    expect(Object.keys(res.body).sort()).toEqual([
      'compared',
      'moved',
      'moves',
      'version',
    ]);
    for (const move of res.body.moves)
      expect(Object.keys(move).sort()).toEqual([
        'count',
        'from',
        'sentence',
        'to',
      ]);
    expect((await current()).version).toBe(1);
  });

  it('refuses a bad rule with 400 naming the rule and field, and saves nothing', async () => {
    const rules = (await current()).rules;
    const bad = await t.call('PUT', '/api/admin/triage-rules', {
      token: admin.token,
      body: {
        version: 1,
        rules: [
          ...rules,
          {
            id: 'broken',
            category: 'billing',
            theme: 'time',
            patterns: ['ok', 'log(?=in)'],
          },
        ],
      },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.details).toEqual([
      {
        field: `rules.${rules.length}.category`,
        message: expect.stringMatching(
          /^Rule \d+ "broken" category must be one of/,
        ),
      },
      {
        field: `rules.${rules.length}.patterns.1`,
        message: expect.stringMatching(
          /^Rule \d+ "broken" pattern 2 is not a valid regex/,
        ),
      },
    ]);
    const preview = await t.call('POST', '/api/admin/triage-rules/preview', {
      token: admin.token,
      body: { rules: [{ ...calendarRule, patterns: ['a*'] }] },
    });
    expect(preview.status).toBe(400);
    expect(preview.body.details).toEqual([
      {
        field: 'rules.0.patterns.0',
        message: expect.stringContaining('matches empty text'),
      },
    ]);
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM triage_rule_sets`,
    );
    expect(n).toBe(1);
  });

  it('saves a new version that the worker triages the next ticket with, audited; a stale save is 409', async () => {
    // The worker has triaged with version 1 (and cached it) before the save.
    const old = await raise(
      'Calendar invites vanish',
      'The calendar shows nothing since Monday',
    );
    expect(old).toMatchObject({ category: 'other', theme: 'functionality' });

    const rules = [...(await current()).rules, calendarRule];
    const saved = await t.call('PUT', '/api/admin/triage-rules', {
      token: admin.token,
      body: { version: 1, rules },
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      version: 2,
      createdByName: 'Alex Admin',
      history: [
        { version: 2, createdByName: 'Alex Admin' },
        { version: 1, createdByName: null },
      ],
    });

    const fresh = await raise(
      'Calendar invites vanish again',
      'The calendar shows nothing since Tuesday',
    );
    expect(fresh).toMatchObject({
      category: 'data_sync',
      theme: 'functionality',
    });
    expect(
      fresh.timeline.find((e: { type: string }) => e.type === 'triaged').body,
    ).toContain('(rule: calendar-sync)');

    const audit = await t.db.query(
      `SELECT actor_id, entity_id, outcome, detail, occurred_at FROM audit_log WHERE action = 'triage_rules.update'`,
    );
    expect(audit).toEqual([
      {
        actor_id: admin.id,
        entity_id: '2',
        outcome: 'success',
        detail: { fromVersion: 1, toVersion: 2, rules: rules.length },
        occurred_at: expect.any(Date),
      },
    ]);

    const stale = await t.call('PUT', '/api/admin/triage-rules', {
      token: admin.token,
      body: { version: 1, rules: rules.slice(1) },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.message).toMatch(/you had version 1, it is now 2/);
    expect((await current()).rules).toHaveLength(rules.length);
  });
});

/** (from → to) pair → tickets, recomputed with the matcher from the tickets' raw text. */
function recount(
  rows: { kind: TicketKind; title: string; description: string }[],
  before: readonly TriageRule[],
  after: readonly TriageRule[],
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const a = classifyTicket(row, before);
    const b = classifyTicket(row, after);
    if (a.category === b.category && a.theme === b.theme) continue;
    const key = `${a.category}/${a.theme}>${b.category}/${b.theme}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
