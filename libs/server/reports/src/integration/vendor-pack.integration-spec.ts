import type { INestApplicationContext } from '@nestjs/common';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { CATEGORY_LABELS, findIdentifiers, maskIdentifiers, programmeModuleTitle, type PatientCount, type TicketCategory, type VendorPackReport } from '@navdesk/contracts';
import { startApiTestApp, startWorkerTestApp, waitFor, type ApiTestApp } from '@navdesk/server/runtime/testing';

/*
 * The vendor pack against a recomputation, in plain TypeScript, from the raw rows as the owner role
 * reads them from the tables (docs/report-definitions.md, "Vendor pack"): random data in a service of
 * its own per run and a random window; then the CSV export of the same window, built by the worker,
 * downloaded and read back.
 */

const DAY = 86_400_000;
const CATEGORIES = ['notifications', 'app_crash', 'module_content'] as const;
const MODULES = ['m02-behavioural-activation', 'm03-thoughts-and-feelings', 'm04-problem-solving'];
const VERSIONS = ['2.9.1', '2.10.0', '3.0.0'];
/** Typed text with identifiers in it: what must never reach the vendor. */
const TYPED = ['Crashes on open for P-7QK2M9, call 07700 900123', 'Too many reminders, NHS 943 476 5919', 'Module too long for jane.doe@example.org', 'Audio stops halfway'];

const world = fc.record({
  patients: fc.integer({ min: 3, max: 12 }),
  /** Incidents 0 and 2 share a title: one problem to the vendor. */
  incidents: fc.integer({ min: 0, max: 3 }),
  events: fc.array(fc.record({ patient: fc.nat(), daysAgo: fc.integer({ min: 0, max: 120 }), version: fc.option(fc.nat({ max: VERSIONS.length - 1 }), { nil: null }) }), { maxLength: 60 }),
  tickets: fc.array(
    fc.record({
      patient: fc.option(fc.nat(), { nil: null }),
      incident: fc.option(fc.nat(), { nil: null }),
      category: fc.constantFrom(...CATEGORIES),
      fixability: fc.constantFrom('not_fixable', 'not_fixable', 'fixable', 'unknown'),
      daysAgo: fc.integer({ min: 0, max: 120 }),
      text: fc.nat({ max: TYPED.length - 1 }),
    }),
    { minLength: 5, maxLength: 50 },
  ),
  requests: fc.array(fc.record({ patient: fc.nat(), module: fc.nat({ max: MODULES.length - 1 }), action: fc.constantFrom('skip', 'replace', 'add'), daysAgo: fc.integer({ min: 0, max: 120 }), text: fc.nat({ max: TYPED.length - 1 }) }), { maxLength: 40 }),
  changes: fc.array(fc.record({ patient: fc.nat(), applied: fc.boolean(), off: fc.boolean(), quiet: fc.boolean(), daysAgo: fc.integer({ min: 0, max: 120 }) }), { maxLength: 40 }),
  flags: fc.array(fc.record({ patient: fc.nat(), burden: fc.constantFrom(true, true, false), daysAgo: fc.integer({ min: 1, max: 120 }), clearedAfter: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }) }), { maxLength: 40 }),
  window: fc.record({ fromDaysAgo: fc.integer({ min: 20, max: 110 }), length: fc.integer({ min: 7, max: 100 }) }),
});
type World = typeof world extends fc.Arbitrary<infer W> ? W : never;

const dayOf = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
const small = (n: number) => n > 0 && n < 5;
const suppress = (n: number): PatientCount => (small(n) ? '<5' : n);
const oneLine = (s: string, max = 240) => {
  const line = maskIdentifiers(s).replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
};

describe('vendor pack', () => {
  let t: ApiTestApp;
  let worker: INestApplicationContext;
  let manager: string;
  let managerId: string;
  let run = 0;
  const NOW = Date.now();
  const ago = (days: number, hour = 11) => new Date(NOW - days * DAY - hour * 60_000);
  const insert = async (table: string, columns: string, rows: object[], returning = '') =>
    rows.length ? ((await t.db.query(`INSERT INTO ${table} (${columns.replace(/ [a-z_]+(\[\])?(,|$)/g, '$2')}) SELECT * FROM json_to_recordset($1::json) AS x(${columns}) ${returning}`, [JSON.stringify(rows)])) as { id: string }[]) : [];
  const owner = <T>(sql: string, params: unknown[]) => t.asOwner(sql, params) as Promise<T[]>;

  beforeAll(async () => {
    t = await startApiTestApp({ label: 'vendor_pack', seedDemo: true });
    worker = await startWorkerTestApp();
    const m = await t.signIn('manager1@navdesk.test');
    manager = m.accessToken;
    managerId = m.user.id;
  });

  afterAll(async () => {
    await worker?.close();
    await t?.close();
  });

  async function store(w: World): Promise<string> {
    run++;
    const [{ id: serviceId }] = await t.db.query(`INSERT INTO services (code, name) VALUES ($1, $2) RETURNING id`, [`VP${run}`, `Vendor pack ${run}`]);
    await t.db.query(`INSERT INTO user_services (user_id, service_id) VALUES ($1, $2)`, [managerId, serviceId]);
    const [{ id: pwpId }] = await t.db.query(`INSERT INTO users (email, name, role, password_hash) VALUES ($1, $2, 'pwp', 'not-a-hash') RETURNING id`, [`vp${run}@navdesk.test`, `VP ${run}`]);
    const patientIds = (await insert('patients', 'ref text, service_id uuid, pwp_id uuid', Array.from({ length: w.patients }, (_, i) => ({ ref: `VP${run}-${i}`, service_id: serviceId, pwp_id: pwpId })), 'RETURNING id')).map((r) => r.id);
    const patient = (i: number) => patientIds[i % patientIds.length] as string;
    const incidentIds = (await insert('incidents', 'service_id uuid, title text, title_masked text, match_text text, category ticket_category, theme study_theme, fixability fixability, first_seen_at timestamptz, last_seen_at timestamptz', Array.from({ length: w.incidents }, (_, i) => ({ service_id: serviceId, title: `${TYPED[i % 2]} (incident)`, title_masked: maskIdentifiers(`${TYPED[i % 2]} (incident)`), match_text: `incident ${i}`, category: 'app_crash', theme: 'functionality', fixability: 'not_fixable', first_seen_at: ago(150), last_seen_at: ago(0) })), 'RETURNING id')).map((r) => r.id);
    await insert('engagement_events', 'patient_id uuid, occurred_at timestamptz, event_id text, service_id uuid, type engagement_event_type, app_version text', w.events.map((e, i) => ({ patient_id: patient(e.patient), occurred_at: ago(e.daysAgo, 30 + i), event_id: `vp-${run}-${i}`, service_id: serviceId, type: 'login', app_version: e.version === null ? null : VERSIONS[e.version] })));
    await insert(
      'tickets',
      'reference text, service_id uuid, reporter_id uuid, kind ticket_kind, status ticket_status, title text, title_masked text, description text, description_masked text, theme study_theme, category ticket_category, fixability fixability, created_at timestamptz, incident_id uuid, patient_id uuid',
      w.tickets.map((x, i) => {
        const incident = x.incident === null || incidentIds.length === 0 ? null : (incidentIds[x.incident % incidentIds.length] as string);
        const text = `${TYPED[x.text]} #${i}`;
        return { reference: `VP-${run}-${i}`, service_id: serviceId, reporter_id: pwpId, kind: 'tech_support', status: 'triaged', title: text, title_masked: maskIdentifiers(text), description: text, description_masked: maskIdentifiers(text), theme: 'functionality', category: x.category, fixability: x.fixability, created_at: ago(x.daysAgo, 10 + i), incident_id: incident, patient_id: x.patient === null ? null : patient(x.patient) };
      }),
    );
    await insert('tailoring_requests', 'patient_id uuid, service_id uuid, requested_by_id uuid, action tailoring_action, module_id text, replacement_module_id text, reason text, reason_masked text, status tailoring_status, created_at timestamptz', w.requests.map((r, i) => {
      const reason = `${TYPED[r.text]} (${i})`;
      return { patient_id: patient(r.patient), service_id: serviceId, requested_by_id: pwpId, action: r.action, module_id: MODULES[r.module], replacement_module_id: r.action === 'replace' ? 'm01-understanding-depression' : null, reason, reason_masked: maskIdentifiers(reason), status: 'declined', created_at: ago(r.daysAgo, 20 + i) };
    }));
    await insert('notification_changes', 'patient_id uuid, service_id uuid, requested_by_id uuid, status notification_change_status, reminder_frequency reminder_frequency, quiet_from text, quiet_to text, reason text, applied_at timestamptz, created_at timestamptz', w.changes.map((c) => ({ patient_id: patient(c.patient), service_id: serviceId, requested_by_id: pwpId, status: c.applied ? 'applied' : 'queued', reminder_frequency: c.off ? 'off' : 'weekly', quiet_from: c.quiet ? '21:00' : null, quiet_to: c.quiet ? '08:00' : null, reason: 'generated', applied_at: c.applied ? ago(c.daysAgo) : null, created_at: ago(c.daysAgo + 1) })));
    await insert('patient_flags', 'patient_id uuid, service_id uuid, kind flag_kind, cause flag_cause, status flag_status, detail text, raised_at timestamptz, cleared_at timestamptz', liveOnce(w.flags, patient).map((f) => ({ patient_id: patient(f.patient), service_id: serviceId, kind: f.burden ? 'notification_burden' : 'no_login', cause: 'disengagement', status: f.clearedAfter === null ? 'open' : 'cleared', detail: 'generated', raised_at: ago(f.daysAgo), cleared_at: f.clearedAfter === null ? null : ago(Math.max(0, f.daysAgo - f.clearedAfter)) })));
    return serviceId;
  }

  /** A patient has at most one live flag of a kind (ux_patient_flags_live), as the product keeps it: later open ones are left out. */
  const liveOnce = (flags: World['flags'], patient: (i: number) => string) => {
    const live = new Set<string>();
    return flags.filter((f) => {
      if (f.clearedAfter !== null) return true;
      const key = `${patient(f.patient)}:${f.burden}`;
      return live.has(key) ? false : (live.add(key), true);
    });
  };

  /** The pack recomputed from the tables, following the written definition. */
  async function expected(serviceId: string, from: string, to: string): Promise<VendorPackReport> {
    const inWindow = (d: Date | null) => d !== null && dayOf(d) >= from && dayOf(d) <= to;
    const tickets = (await owner<{ id: string; service_id: string; patient_id: string | null; incident_id: string | null; category: TicketCategory; fixability: string; created_at: Date; description_masked: string }>(`SELECT id, service_id, patient_id, incident_id, category::text, fixability::text, created_at, description_masked FROM tickets WHERE service_id = $1`, [serviceId]))
      .filter((x) => x.fixability === 'not_fixable' && inWindow(x.created_at))
      .sort((a, b) => b.created_at.getTime() - a.created_at.getTime() || a.id.localeCompare(b.id));
    const incidents = await owner<{ id: string; title_masked: string; category: TicketCategory; theme: string }>(`SELECT id, title_masked, category::text, theme::text FROM incidents WHERE service_id = $1`, [serviceId]);
    const events = await owner<{ patient_id: string; occurred_at: Date; app_version: string | null }>(`SELECT patient_id, occurred_at, app_version FROM engagement_events WHERE service_id = $1`, [serviceId]);
    const versionOf = (x: (typeof tickets)[number]) => events.filter((e) => e.patient_id === x.patient_id && e.occurred_at < x.created_at && e.app_version !== null).sort((a, b) => b.occurred_at.getTime() - a.occurred_at.getTime())[0]?.app_version ?? null;
    const groups = new Map<string, typeof tickets>();
    const keyOf = (x: (typeof tickets)[number]) => {
      const incident = incidents.find((i) => i.id === x.incident_id);
      return incident ? `${incident.category}:${oneLine(incident.title_masked, 200).toLowerCase()}` : x.category;
    };
    for (const x of tickets) groups.set(keyOf(x), [...(groups.get(keyOf(x)) ?? []), x]);
    const problems = [...groups.values()]
      .map((g) => {
        const first = g[0] as (typeof tickets)[number];
        const incident = incidents.find((i) => i.id === first.incident_id);
        const times = g.map((x) => x.created_at.getTime());
        return {
          problem: incident ? oneLine(incident.title_masked, 200) : `Other not-fixable tickets: ${CATEGORY_LABELS[first.category]}`,
          incidentIds: [...new Set(g.map((x) => x.incident_id).filter((id): id is string => id !== null))].sort(),
          services: new Set(g.map((x) => x.service_id)).size,
          category: incident?.category ?? first.category,
          theme: incident?.theme ?? 'functionality',
          tickets: g.length,
          firstSeenAt: new Date(Math.min(...times)).toISOString(),
          lastSeenAt: new Date(Math.max(...times)).toISOString(),
          appVersions: [...new Set(g.map(versionOf).filter((v): v is string => v !== null))].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })),
          examples: [...new Set(g.map((x) => oneLine(x.description_masked)))].slice(0, 3),
        };
      })
      .sort((a, b) => b.tickets - a.tickets || b.lastSeenAt.localeCompare(a.lastSeenAt) || a.problem.localeCompare(b.problem));

    const requests = (await owner<{ module_id: string; action: string; reason_masked: string; created_at: Date }>(`SELECT module_id, action::text, reason_masked, created_at FROM tailoring_requests WHERE service_id = $1 ORDER BY created_at DESC, id`, [serviceId])).filter((r) => r.action !== 'add' && inWindow(r.created_at));
    const modules = [...new Set(requests.map((r) => r.module_id))];
    const totals = modules.map((m) => requests.filter((r) => r.module_id === m).length);
    // Parts of a whole: 1–4 hidden, and the smallest other non-zero one too when only one is.
    const partsOf = (parts: number[]) => {
      const hidden = parts.map(small);
      if (hidden.filter(Boolean).length === 1) {
        const next = parts.map((n, i) => ({ n, i })).filter(({ n, i }) => n > 0 && !hidden[i]).sort((a, b) => a.n - b.n)[0];
        if (next) hidden[next.i] = true;
      }
      return hidden;
    };
    const hiddenModule = partsOf(totals);
    const askedAway = modules
      .map((moduleId, i) => {
        const mine = requests.filter((r) => r.module_id === moduleId);
        const split = [mine.filter((r) => r.action === 'skip').length, mine.filter((r) => r.action === 'replace').length];
        const hiddenSplit = partsOf(split);
        const shown = (n: number, j: number): PatientCount => (n !== 0 && (hiddenModule[i] || hiddenSplit[j]) ? '<5' : n);
        return { moduleId, title: programmeModuleTitle(moduleId), requests: hiddenModule[i] ? ('<5' as const) : (totals[i] as number), skip: shown(split[0] as number, 0), replace: shown(split[1] as number, 1), reasons: hiddenModule[i] ? [] : [...new Set(mine.map((r) => oneLine(r.reason_masked)))].slice(0, 10), n: totals[i] as number };
      })
      .sort((a, b) => b.n - a.n || a.title.localeCompare(b.title))
      .map(({ n: _n, ...m }) => m);

    const changes = (await owner<{ status: string; reminder_frequency: string; quiet_from: string | null; applied_at: Date | null }>(`SELECT status::text, reminder_frequency::text, quiet_from, applied_at FROM notification_changes WHERE service_id = $1`, [serviceId])).filter((c) => c.status === 'applied' && inWindow(c.applied_at));
    const flags = (await owner<{ kind: string; raised_at: Date; cleared_at: Date | null }>(`SELECT kind::text, raised_at, cleared_at FROM patient_flags WHERE service_id = $1`, [serviceId])).filter((f) => f.kind === 'notification_burden');
    const months: string[] = [];
    for (let d = new Date(`${from}T12:00:00Z`); dayOf(d) <= to; d = new Date(d.getTime() + DAY)) if (!months.includes(dayOf(d).slice(0, 7))) months.push(dayOf(d).slice(0, 7));
    const inMonth = (m: string) => (d: Date | null) => inWindow(d) && dayOf(d as Date).startsWith(m);
    const subset = (part: number, total: number): PatientCount => (part !== 0 && partsOf([part, total - part])[0] ? '<5' : part);
    const notificationBurden = months.map((month) => {
      const mine = changes.filter((c) => inMonth(month)(c.applied_at));
      const quiet = mine.filter((c) => c.quiet_from !== null).length;
      const off = mine.filter((c) => c.reminder_frequency === 'off').length;
      return { month, changesApplied: suppress(mine.length), withQuietHours: subset(quiet, mine.length), remindersOff: subset(off, mine.length), burdenFlagsRaised: suppress(flags.filter((f) => inMonth(month)(f.raised_at)).length), burdenFlagsCleared: suppress(flags.filter((f) => inMonth(month)(f.cleared_at)).length) };
    });
    return { from, to, serviceIds: [serviceId], problems, askedAway, notificationBurden } as VendorPackReport;
  }

  it('holds exactly what the raw rows give, by the written definition, with no identifier', async () => {
    await fc.assert(
      fc.asyncProperty(world, async (w) => {
        const serviceId = await store(w);
        const from = dayOf(ago(w.window.fromDaysAgo));
        const to = dayOf(ago(Math.max(0, w.window.fromDaysAgo - w.window.length)));
        const res = await t.call('GET', `/api/reports/vendor-pack?from=${from}&to=${to}&serviceId=${serviceId}`, { token: manager });
        expect({ status: res.status, error: res.status === 200 ? undefined : res.body }).toEqual({ status: 200 });
        expect(res.body).toEqual(await expected(serviceId, from, to));
        expect(findIdentifiers(JSON.stringify(res.body))).toEqual([]);
      }),
      { numRuns: 12 },
    );
  });

  it('exports the same pack as a CSV built by the worker, with progress, audited from request to download', async () => {
    const serviceId = await store(fc.sample(world, { numRuns: 1, seed: 16 })[0] as World);
    const from = dayOf(ago(100));
    const to = dayOf(ago(0));
    const report = (await t.call('GET', `/api/reports/vendor-pack?from=${from}&to=${to}&serviceId=${serviceId}`, { token: manager })).body as VendorPackReport;
    const bad = await t.call('POST', '/api/reports/exports', { token: manager, body: { report: 'vendor-pack', format: 'csv', params: { from, groupBy: 'theme' } } });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { field: string }) => d.field)).toEqual(['params.groupBy']);
    const created = await t.call('POST', '/api/reports/exports', { token: manager, body: { report: 'vendor-pack', format: 'csv', params: { from, to, serviceId } } });
    expect(created.status).toBe(202);
    const done = await waitFor('the vendor pack', async () => (await t.call('GET', `/api/reports/exports/${created.body.id}`, { token: manager })).body, (s) => s.status === 'done' || s.status === 'failed', 20_000);
    expect(done).toMatchObject({ status: 'done', progress: 100, rows: report.problems.length + report.askedAway.length + report.notificationBurden.length });
    const file = await t.call('GET', done.downloadUrl);
    expect(file.status).toBe(200);
    const rows: string[][] = parse(file.body as string, { relax_column_count: true, skip_empty_lines: true });
    const section = (name: string) => rows.filter((r) => r[0] === name);
    expect(section('vendor_pack')).toEqual([['vendor_pack', from, to, '1']]);
    expect(section('not_fixable_problem').map((r) => [r[1], Number(r[4]), Number(r[5]), r[8]])).toEqual(report.problems.map((p) => [p.problem, p.tickets, p.services, p.appVersions.join(' ')]));
    expect(section('not_fixable_problem').map((r) => r.slice(9).filter((c) => c !== ''))).toEqual(report.problems.map((p) => p.examples));
    expect(section('module_asked_away').map((r) => [r[1], r[2], r[5]])).toEqual(report.askedAway.map((m) => [m.title, String(m.requests), m.reasons.join(' | ')]));
    expect(section('notification_burden').map((r) => r.slice(1))).toEqual(report.notificationBurden.map((m) => [m.month, m.changesApplied, m.withQuietHours, m.remindersOff, m.burdenFlagsRaised, m.burdenFlagsCleared].map(String)));
    expect(findIdentifiers(file.body as string)).toEqual([]);
    const audit = await t.db.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY occurred_at`, [created.body.id]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['report.export.request', 'report.export.built', 'report.export.download']);
    const read = await t.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'report.vendor_pack.read' AND actor_id = $1`, [managerId]);
    expect(read[0].n).toBeGreaterThan(0);
  });

  it('answers a PWP 403, another service 404, and a bad date 400 naming it', async () => {
    const pwp = (await t.signIn('pwp01@navdesk.test')).accessToken;
    expect((await t.call('GET', '/api/reports/vendor-pack', { token: pwp })).status).toBe(403);
    expect((await t.call('GET', '/api/reports/vendor-pack?serviceId=00000000-0000-4000-8000-000000000000', { token: manager })).status).toBe(404);
    const bad = await t.call('GET', '/api/reports/vendor-pack?from=2026-02-30', { token: manager });
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].field).toBe('from');
  });
});
