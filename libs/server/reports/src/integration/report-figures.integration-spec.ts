import fc from 'fast-check';
import type { EngagementReport, IncidentsReport, OperationsReport, PatientCount, ReportsOverview, TailoringReport, TrainingReport, UsabilityTrendsReport } from '@navdesk/contracts';
import { ROLLUP_DAYS_SQL } from '@navdesk/server/engagement';
import { OverviewService, TicketRollupService } from '@navdesk/server/reports';
import { startApiTestApp, type ApiTestApp } from '@navdesk/server/runtime/testing';

/*
 * Every figure of every report against a recomputation, in plain TypeScript, from the rows this test
 * inserted (docs/report-definitions.md is the definition both follow): random data in a service of its
 * own per run, a random window of London days with `to` inclusive, and no rate past 100 %.
 */

const DAY = 86_400_000;
const LIMIT = 5;
const FLAG_KINDS = ['no_login', 'mood_drop', 'no_mood', 'module_overdue', 'notification_burden'] as const;
const THEMES = ['time', 'functionality', 'flexibility', 'confidence'] as const;
const CATEGORIES = ['login_access', 'notifications', 'app_crash', 'module_content', 'data_sync', 'accessibility', 'other'] as const;
const PRIORITIES = ['p1', 'p2', 'p3', 'p4'] as const;
const OPEN = ['new', 'triaged', 'in_progress', 'waiting_on_reporter'] as const;
const EVENT_TYPES = ['login', 'module_started', 'module_completed', 'mood_rated', 'notification_sent', 'notification_dismissed'] as const;
const TAILORING_STATUSES = ['pending', 'declined', 'queued', 'applied', 'failed'] as const;
const MODULES = ['rf-mod-1', 'rf-mod-2', 'rf-mod-3', 'rf-mod-4', 'rf-mod-5'];

// ---- London days and the rules of the definitions, written again here on purpose -------------------
const london = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });
const dayOf = (at: Date) => london.format(at);
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
const mondayOf = (day: string) => addDays(day, -((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7));
const bucketOf = (day: string, interval: string) => (interval === 'day' ? day : interval === 'week' ? mondayOf(day) : `${day.slice(0, 7)}-01`);
const pct = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 10 : null);
const avg = (values: number[]) => (values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10 : null);
const median = (values: number[]) => {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};
const one = (n: number): PatientCount => (n > 0 && n < LIMIT ? '<5' : n);
/** Parts of a whole: 1–4 hidden; when that hides exactly one cell, the smallest other non-zero cell too. */
const parts = (raw: number[]): PatientCount[] => {
  const hidden = raw.map((n) => n > 0 && n < LIMIT);
  if (hidden.filter(Boolean).length === 1) {
    const others = raw.map((n, i) => ({ n, i })).filter(({ n, i }) => n > 0 && !hidden[i]);
    const smallest = others.sort((a, b) => a.n - b.n)[0];
    if (smallest) hidden[smallest.i] = true;
  }
  return raw.map((n, i) => (hidden[i] ? '<5' : n));
};
const starts = (from: string, to: string, interval: string) => {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) if (!out.includes(bucketOf(d, interval))) out.push(bucketOf(d, interval));
  return out;
};
const count = <T>(rows: T[], where: (r: T) => boolean) => rows.filter(where).length;
const expectRate = (rate: number | null) => {
  if (rate !== null) expect(rate).toBeGreaterThanOrEqual(0);
  if (rate !== null) expect(rate).toBeLessThanOrEqual(100);
};

// ---- the random data ---------------------------------------------------------------------------------
const at = fc.record({ daysAgo: fc.integer({ min: 0, max: 30 }), minute: fc.integer({ min: 0, max: 1439 }) });
const world = fc.record({
  pwps: fc.integer({ min: 2, max: 5 }),
  patients: fc.array(fc.record({ pwp: fc.nat(), created: at, sessionDaysAgo: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }), plan: fc.subarray(MODULES) }), { minLength: 4, maxLength: 16 }),
  events: fc.array(fc.record({ patient: fc.nat(), type: fc.constantFrom(...EVENT_TYPES), at, module: fc.nat({ max: MODULES.length - 1 }), value: fc.integer({ min: 0, max: 10 }) }), { minLength: 40, maxLength: 200 }),
  flags: fc.array(fc.record({ patient: fc.nat(), kind: fc.constantFrom(...FLAG_KINDS), at, clearedAfterMinutes: fc.option(fc.integer({ min: 1, max: 20_000 }), { nil: null }) }), { minLength: 5, maxLength: 50 }),
  tickets: fc.array(
    fc.record({
      at,
      theme: fc.option(fc.constantFrom(...THEMES), { nil: null }),
      category: fc.option(fc.constantFrom(...CATEGORIES), { nil: null }),
      fixability: fc.constantFrom('unknown', 'fixable', 'not_fixable'),
      priority: fc.option(fc.constantFrom(...PRIORITIES), { nil: null }),
      open: fc.constantFrom(...OPEN),
      response: fc.option(fc.integer({ min: 1, max: 3000 }), { nil: null }),
      resolution: fc.option(fc.integer({ min: 1, max: 9000 }), { nil: null }),
      sla: fc.option(fc.integer({ min: 60, max: 6000 }), { nil: null }),
      incident: fc.option(fc.nat({ max: 4 }), { nil: null }),
    }),
    { minLength: 5, maxLength: 50 },
  ),
  resets: fc.array(fc.record({ patient: fc.nat(), completed: fc.boolean(), at }), { minLength: 2, maxLength: 16 }),
  changes: fc.array(fc.record({ patient: fc.nat(), applied: fc.boolean(), at }), { minLength: 2, maxLength: 16 }),
  modules: fc.array(fc.boolean(), { minLength: 1, maxLength: 3 }),
  sessions: fc.array(fc.record({ module: fc.nat(), daysAgo: fc.integer({ min: -5, max: 30 }), minute: fc.integer({ min: 0, max: 1439 }), capacity: fc.integer({ min: 1, max: 8 }), cancelled: fc.boolean() }), { minLength: 1, maxLength: 8 }),
  bookings: fc.array(fc.record({ session: fc.nat(), pwp: fc.nat(), cancelled: fc.boolean() }), { minLength: 4, maxLength: 30 }),
  attendance: fc.array(fc.record({ session: fc.nat(), pwp: fc.nat(), before: fc.integer({ min: 1, max: 10 }), after: fc.integer({ min: 1, max: 10 }) }), { minLength: 4, maxLength: 25 }),
  tailoring: fc.array(fc.record({ patient: fc.nat(), action: fc.constantFrom('skip', 'replace', 'add'), module: fc.nat({ max: MODULES.length - 1 }), status: fc.constantFrom(...TAILORING_STATUSES), at }), { minLength: 5, maxLength: 40 }),
  window: fc.record({ toDaysAgo: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 8 })), days: fc.integer({ min: 0, max: 40 }) }),
  interval: fc.constantFrom('day', 'week', 'month'),
  groupBy: fc.constantFrom('theme', 'category'),
});
type World = typeof world extends fc.Arbitrary<infer T> ? T : never;

describe('report figures', () => {
  let t: ApiTestApp;
  let manager: string;
  let managerId: string;
  let rollups: TicketRollupService;
  let globalCore: string[];
  let run = 0;
  const NOW = Date.now();
  const TODAY = dayOf(new Date(NOW));
  const when = (a: { daysAgo: number; minute: number }) => new Date(NOW - a.daysAgo * DAY - a.minute * 60_000);
  const get = async <T>(path: string): Promise<T> => {
    const res = await t.call('GET', path, { token: manager });
    expect(res.status).toBe(200);
    return res.body as T;
  };
  /** Inserts rows from a list of objects (json_to_recordset keeps it one statement per table). */
  const insert = async (table: string, columns: string, rows: object[], returning = '') =>
    rows.length ? ((await t.db.query(`INSERT INTO ${table} (${columns.replace(/ [a-z_]+(\[\])?(,|$)/g, '$2')}) SELECT * FROM json_to_recordset($1::json) AS x(${columns}) ${returning}`, [JSON.stringify(rows)])) as { id: string }[]) : [];

  /** A service of its own, that manager1 reads, with its PWPs. */
  async function newService(pwps: number): Promise<{ serviceId: string; pwpIds: string[] }> {
    run++;
    const [{ id: serviceId }] = await t.db.query(`INSERT INTO services (code, name) VALUES ($1, $2) RETURNING id`, [`RF${run}`, `Report figures ${run}`]);
    await t.db.query(`INSERT INTO user_services (user_id, service_id) VALUES ($1, $2)`, [managerId, serviceId]);
    const users = await insert('users', 'email text, name text, role user_role, password_hash text', Array.from({ length: pwps }, (_, i) => ({ email: `rf${run}-pwp${i}@navdesk.test`, name: `PWP ${i}`, role: 'pwp', password_hash: 'not-a-hash' })), 'RETURNING id');
    const pwpIds = users.map((u) => u.id);
    await insert('user_services', 'user_id uuid, service_id uuid', pwpIds.map((user_id) => ({ user_id, service_id: serviceId })));
    return { serviceId, pwpIds };
  }

  async function rollUpEngagement(serviceId: string): Promise<void> {
    const days: { patient_id: string; day: string }[] = await t.db.query(
      `SELECT DISTINCT patient_id, (occurred_at AT TIME ZONE 'Europe/London')::date::text AS day FROM engagement_events WHERE service_id = $1`,
      [serviceId],
    );
    if (days.length) await t.db.query(ROLLUP_DAYS_SQL, [days.map((d) => d.patient_id), days.map((d) => d.day)]);
  }

  beforeAll(async () => {
    t = await startApiTestApp({ label: 'report-figures', seedDemo: true, env: { REPORTS_REFRESH_EVERY_MS: '3600000' } });
    manager = (await t.signIn('manager1@navdesk.test')).accessToken;
    [{ id: managerId }] = await t.db.query(`SELECT id FROM users WHERE email = 'manager1@navdesk.test'`);
    rollups = new TicketRollupService(t.db);
    globalCore = (await t.db.query(`SELECT id FROM training_modules WHERE core AND service_id IS NULL`)).map((r: { id: string }) => r.id);
  });

  afterAll(async () => {
    await t?.close();
  });

  /** Writes one world; returns its rows as the test knows them (ids included) for the recomputation. */
  async function store(w: World) {
    const { serviceId, pwpIds } = await newService(w.pwps);
    const pwp = (i: number) => pwpIds[i % pwpIds.length] as string;
    const patients = w.patients.map((p, i) => ({
      ref: `RF${run}-${i}`,
      pwp_id: pwp(p.pwp),
      created_at: when(p.created),
      mandatory_modules: p.plan,
      session: p.sessionDaysAgo === null ? null : new Date(NOW - p.sessionDaysAgo * DAY),
    }));
    const patientIds = (
      await insert('patients', 'ref text, service_id uuid, pwp_id uuid, mandatory_modules text[], created_at timestamptz', patients.map((p) => ({ ref: p.ref, service_id: serviceId, pwp_id: p.pwp_id, mandatory_modules: p.mandatory_modules, created_at: p.created_at })), 'RETURNING id')
    ).map((r) => r.id);
    const patient = (i: number) => i % patientIds.length;
    await insert('patient_sessions', 'patient_id uuid, number smallint, starts_at timestamptz, mode session_mode', patients.flatMap((p, i) => (p.session ? [{ patient_id: patientIds[i], number: 1, starts_at: p.session, mode: 'online' }] : [])));

    const events = w.events.map((e, i) => ({ patient: patient(e.patient), type: e.type, at: when(e.at), module: e.type.startsWith('module') ? (MODULES[e.module] as string) : null, value: e.type === 'mood_rated' ? e.value : null, id: `rf-${run}-${i}` }));
    await insert('engagement_events', 'patient_id uuid, occurred_at timestamptz, event_id text, service_id uuid, type engagement_event_type, value smallint, module_id text', events.map((e) => ({ patient_id: patientIds[e.patient], occurred_at: e.at, event_id: e.id, service_id: serviceId, type: e.type, value: e.value, module_id: e.module })));
    await rollUpEngagement(serviceId);

    // Cleared flags only in the past, and one live flag per patient and kind, as the product keeps them.
    const liveFlags = new Set<string>();
    const flags = w.flags
      .map((f) => ({ patient: patient(f.patient), kind: f.kind, raised: when(f.at), cleared: f.clearedAfterMinutes === null ? null : new Date(when(f.at).getTime() + f.clearedAfterMinutes * 60_000) }))
      .filter((f) => (f.cleared ? f.cleared.getTime() <= NOW : !liveFlags.has(`${f.patient}:${f.kind}`) && liveFlags.add(`${f.patient}:${f.kind}`)));
    await insert('patient_flags', 'patient_id uuid, service_id uuid, kind flag_kind, cause flag_cause, status flag_status, detail text, raised_at timestamptz, cleared_at timestamptz', flags.map((f) => ({ patient_id: patientIds[f.patient], service_id: serviceId, kind: f.kind, cause: 'disengagement', status: f.cleared ? 'cleared' : 'open', detail: 'generated', raised_at: f.raised, cleared_at: f.cleared })));

    const incidents = await insert('incidents', 'service_id uuid, title text, title_masked text, match_text text, category ticket_category, theme study_theme, first_seen_at timestamptz, last_seen_at timestamptz', [0, 1, 2, 3, 4].map((i) => ({ service_id: serviceId, title: `Incident ${i}`, title_masked: `Incident ${i}`, match_text: `incident ${i}`, category: 'other', theme: 'time', first_seen_at: new Date(NOW - 50 * DAY), last_seen_at: new Date(NOW) })), 'RETURNING id');
    const tickets = w.tickets.map((x, i) => {
      const created = when(x.at);
      const plus = (m: number | null) => (m === null ? null : new Date(created.getTime() + m * 60_000));
      return { ...x, i, created, firstResponse: plus(x.response), resolved: plus(x.resolution), slaDue: plus(x.sla), status: x.resolution === null ? x.open : 'resolved', incidentId: x.incident === null ? null : (incidents[x.incident]?.id as string) };
    });
    await insert(
      'tickets',
      'reference text, service_id uuid, reporter_id uuid, kind ticket_kind, status ticket_status, title text, title_masked text, description text, description_masked text, theme study_theme, category ticket_category, fixability fixability, priority ticket_priority, created_at timestamptz, first_response_at timestamptz, resolved_at timestamptz, sla_due_at timestamptz, incident_id uuid',
      tickets.map((x) => ({ reference: `RF-${run}-${x.i}`, service_id: serviceId, reporter_id: pwp(0), kind: 'tech_support', status: x.status, title: 'Generated', title_masked: 'Generated', description: 'Generated for the figures test', description_masked: 'Generated for the figures test', theme: x.theme, category: x.category, fixability: x.fixability, priority: x.priority, created_at: x.created, first_response_at: x.firstResponse, resolved_at: x.resolved, sla_due_at: x.slaDue, incident_id: x.incidentId })),
    );
    await rollups.refresh();

    const resets = w.resets.map((r) => ({ patient: patient(r.patient), completed: r.completed, at: when(r.at) }));
    await insert('login_resets', 'patient_id uuid, service_id uuid, requested_by_id uuid, channel reset_channel, status reset_status, completed_at timestamptz', resets.map((r) => ({ patient_id: patientIds[r.patient], service_id: serviceId, requested_by_id: pwp(0), channel: 'email', status: r.completed ? 'completed' : 'expired', completed_at: r.completed ? r.at : null })));
    const changes = w.changes.map((c) => ({ patient: patient(c.patient), applied: c.applied, at: when(c.at) }));
    await insert('notification_changes', 'patient_id uuid, service_id uuid, requested_by_id uuid, status notification_change_status, reminder_frequency reminder_frequency, reason text, applied_at timestamptz, created_at timestamptz', changes.map((c) => ({ patient_id: patientIds[c.patient], service_id: serviceId, requested_by_id: pwp(0), status: c.applied ? 'applied' : 'queued', reminder_frequency: 'weekly', reason: 'generated', applied_at: c.applied ? c.at : null, created_at: new Date(c.at.getTime() - 3 * DAY) })));

    const own = await insert('training_modules', 'title text, topic training_topic, format training_format, duration_minutes int, core boolean, service_id uuid', w.modules.map((core, i) => ({ title: `RF ${run} module ${i}`, topic: 'programme_basics', format: 'workshop', duration_minutes: 60, core, service_id: serviceId })), 'RETURNING id');
    const moduleIds = [...own.map((m) => m.id), ...globalCore];
    const coreIds = [...own.filter((_, i) => w.modules[i]).map((m) => m.id), ...globalCore];
    const sessions = w.sessions.map((s) => ({ moduleId: moduleIds[s.module % moduleIds.length] as string, startsAt: new Date(NOW - s.daysAgo * DAY - s.minute * 60_000), capacity: s.capacity, cancelled: s.cancelled }));
    const sessionIds = (await insert('training_sessions', 'module_id uuid, service_id uuid, starts_at timestamptz, duration_minutes int, capacity int, cancelled_at timestamptz', sessions.map((s) => ({ module_id: s.moduleId, service_id: serviceId, starts_at: s.startsAt, duration_minutes: 60, capacity: s.capacity, cancelled_at: s.cancelled ? new Date(NOW) : null })), 'RETURNING id')).map((r) => r.id);
    // One live booking per PWP and session, as the product keeps it; a second one is a cancelled one.
    const live = new Set<string>();
    const bookings = (sessionIds.length ? w.bookings : []).map((b) => {
      const booking = { session: b.session % sessionIds.length, pwp: pwp(b.pwp), cancelled: b.cancelled };
      const key = `${booking.session}:${booking.pwp}`;
      if (live.has(key)) booking.cancelled = true;
      if (!booking.cancelled) live.add(key);
      return booking;
    });
    await insert('training_bookings', 'session_id uuid, pwp_id uuid, status training_booking_status', bookings.map((b) => ({ session_id: sessionIds[b.session], pwp_id: b.pwp, status: b.cancelled ? 'cancelled' : 'booked' })));
    const seen = new Set<string>();
    const attendance = sessionIds.length ? w.attendance.map((a) => ({ ...a, session: a.session % sessionIds.length, pwp: pwp(a.pwp) })).filter((a) => !seen.has(`${a.session}:${a.pwp}`) && seen.add(`${a.session}:${a.pwp}`)) : [];
    await insert('training_attendance', 'session_id uuid, pwp_id uuid, confidence_before smallint, confidence_after smallint', attendance.map((a) => ({ session_id: sessionIds[a.session], pwp_id: a.pwp, confidence_before: a.before, confidence_after: a.after })));

    const open = new Set<string>();
    const tailoring = w.tailoring.map((x) => {
      const key = `${patient(x.patient)}:${x.module}`;
      // One open request per patient and module, as the product keeps it.
      const status = (x.status === 'pending' || x.status === 'queued') && open.has(key) ? 'declined' : x.status;
      if (status === 'pending' || status === 'queued') open.add(key);
      return { patient: patient(x.patient), action: x.action, module: MODULES[x.module] as string, status, at: when(x.at) };
    });
    await insert('tailoring_requests', 'patient_id uuid, service_id uuid, requested_by_id uuid, action tailoring_action, module_id text, reason text, reason_masked text, status tailoring_status, created_at timestamptz', tailoring.map((x) => ({ patient_id: patientIds[x.patient], service_id: serviceId, requested_by_id: pwp(0), action: x.action, module_id: x.module, reason: 'generated', reason_masked: 'generated', status: x.status, created_at: x.at })));

    return { serviceId, pwpIds, patients, events, flags, incidents: incidents.map((r) => r.id), tickets, resets, changes, sessions: sessions.map((s, i) => ({ ...s, id: sessionIds[i] as string })), moduleIds, coreIds, ownModules: own.map((m) => m.id), bookings, attendance, tailoring };
  }
  type Stored = Awaited<ReturnType<typeof store>>;

  // ---- the recomputations ------------------------------------------------------------------------------
  function engagementOf(s: Stored, from: string, to: string) {
    const inWin = (d: Date) => dayOf(d) >= from && dayOf(d) <= to;
    const events = s.events.filter((e) => inWin(e.at));
    const registered = (i: number) => {
      const p = s.patients[i] as Stored['patients'][number];
      return dayOf(p.session && p.session < p.created_at ? p.session : p.created_at) <= to;
    };
    const known = s.patients.map((_, i) => i).filter((i) => registered(i) || events.some((e) => e.patient === i));
    const pairs = known.flatMap((i) => [...new Set(s.patients[i]?.mandatory_modules)].map((m) => ({ i, m })));
    const done = count(pairs, ({ i, m }) => s.events.some((e) => e.patient === i && e.type === 'module_completed' && e.module === m && dayOf(e.at) <= to));
    const planned = new Set(pairs.map((p) => p.i)).size;
    const weeks = starts(from, to, 'week');
    const inWeek = (d: Date, w: string) => inWin(d) && mondayOf(dayOf(d)) === w;
    const active = (rows: typeof events) => new Set(rows.filter((e) => e.type === 'login').map((e) => e.patient)).size;
    return {
      from,
      to,
      patients: one(known.length),
      activePatients: one(active(events)),
      modulesCompleted: one(count(events, (e) => e.type === 'module_completed')),
      moduleCompletionRate: planned > 0 && planned < LIMIT ? null : pct(done, pairs.length),
      flags: FLAG_KINDS.map((kind, k) => ({
        kind,
        raised: parts(FLAG_KINDS.map((x) => count(s.flags, (f) => f.kind === x && inWin(f.raised))))[k],
        cleared: parts(FLAG_KINDS.map((x) => count(s.flags, (f) => f.kind === x && f.cleared !== null && inWin(f.cleared))))[k],
      })),
      notificationChanges: one(new Set(s.changes.filter((c) => c.applied && inWin(c.at)).map((c) => c.patient)).size),
      resetsCompleted: one(count(s.resets, (r) => r.completed && inWin(r.at))),
      weeks: weeks.map((w, k) => ({
        start: w,
        activePatients: one(active(events.filter((e) => mondayOf(dayOf(e.at)) === w))),
        modulesCompleted: parts(weeks.map((x) => count(events, (e) => e.type === 'module_completed' && mondayOf(dayOf(e.at)) === x)))[k],
        flagsRaised: parts(weeks.map((x) => count(s.flags, (f) => inWeek(f.raised, x))))[k],
        flagsCleared: parts(weeks.map((x) => count(s.flags, (f) => f.cleared !== null && inWeek(f.cleared, x))))[k],
      })),
      raw: { known: known.length, active: active(events), flagsRaised: count(s.flags, (f) => inWin(f.raised)), resets: count(s.resets, (r) => r.completed && inWin(r.at)) },
    };
  }

  function ticketsIn(s: Stored, from: string, to: string) {
    return s.tickets.filter((x) => dayOf(x.created) >= from && dayOf(x.created) <= to);
  }

  function trendsOf(s: Stored, from: string, to: string, interval: string, groupBy: string) {
    const tickets = ticketsIn(s, from, to);
    const keyOf = (x: Stored['tickets'][number]) => (groupBy === 'theme' ? x.theme : x.category) ?? 'untriaged';
    const keys: string[] = [...(groupBy === 'theme' ? THEMES : CATEGORIES), ...(tickets.some((x) => keyOf(x) === 'untriaged') ? ['untriaged'] : [])];
    return starts(from, to, interval).map((start) => {
      const mine = tickets.filter((x) => bucketOf(dayOf(x.created), interval) === start);
      return { start, counts: Object.fromEntries(keys.map((k) => [k, count(mine, (x) => keyOf(x) === k)])), fixable: count(mine, (x) => x.fixability === 'fixable'), notFixable: count(mine, (x) => x.fixability === 'not_fixable'), total: mine.length };
    });
  }

  function operationsOf(s: Stored, from: string, to: string) {
    const tickets = ticketsIn(s, from, to);
    const sla = (rows: typeof tickets) => ({ resolved: count(rows, (x) => x.resolved !== null), met: count(rows, (x) => x.resolved !== null && x.slaDue !== null && x.resolved <= x.slaDue) });
    const all = sla(tickets);
    return {
      backlog: count(s.tickets, (x) => x.status !== 'resolved'),
      created: tickets.length,
      resolved: all.resolved,
      slaMetPercent: pct(all.met, all.resolved),
      byPriority: PRIORITIES.map((priority) => {
        const rows = tickets.filter((x) => x.priority === priority);
        const p = sla(rows);
        return {
          priority,
          resolved: p.resolved,
          slaMetPercent: pct(p.met, p.resolved),
          medianFirstResponseMinutes: median(rows.filter((x) => x.response !== null).map((x) => x.response as number)),
          medianResolutionMinutes: median(rows.filter((x) => x.resolution !== null).map((x) => x.resolution as number)),
          backlog: count(s.tickets, (x) => x.priority === priority && x.status !== 'resolved'),
        };
      }),
      raw: all,
    };
  }

  function trainingOf(s: Stored, from: string, to: string) {
    const held = s.sessions.filter((x) => !x.cancelled && dayOf(x.startsAt) >= from && dayOf(x.startsAt) <= to);
    const heldIdx = new Set(held.map((x) => s.sessions.indexOf(x)));
    const bookings = s.bookings.filter((b) => !b.cancelled && heldIdx.has(b.session));
    const attendance = s.attendance.filter((a) => heldIdx.has(a.session));
    const attendedBooked = count(bookings, (b) => attendance.some((a) => a.session === b.session && a.pwp === b.pwp));
    const modules = [...new Set(held.map((x) => x.moduleId))];
    const moduleOf = (a: { session: number }) => s.sessions[a.session]?.moduleId;
    return {
      sessions: held.length,
      seatsOffered: held.reduce((n, x) => n + x.capacity, 0),
      bookings: bookings.length,
      attendances: attendance.length,
      attendanceRate: pct(attendedBooked, bookings.length),
      meanConfidenceChange: avg(attendance.map((a) => a.after - a.before)),
      modules: Object.fromEntries(
        modules.map((m) => {
          const came = attendance.filter((a) => moduleOf(a) === m);
          return [m, { sessions: count(held, (x) => x.moduleId === m), attended: came.length, meanConfidenceChange: avg(came.map((a) => a.after - a.before)) }];
        }),
      ),
      coverage: [{ serviceId: s.serviceId, complete: count(s.pwpIds, (p) => s.coreIds.every((m) => s.attendance.some((a) => a.pwp === p && moduleOf(a) === m))), total: s.pwpIds.length }],
    };
  }

  function tailoringOf(s: Stored, from: string, to: string) {
    const rows = s.tailoring.filter((x) => dayOf(x.at) >= from && dayOf(x.at) <= to);
    const decision = (status: string) => (status === 'pending' ? 'pending' : status === 'declined' ? 'declined' : 'approved');
    const actions = ['skip', 'replace', 'add'] as const;
    const requested = parts(actions.map((a) => count(rows, (x) => x.action === a)));
    const away = rows.filter((x) => x.action !== 'add');
    const modules = [...new Set(away.map((x) => x.module))];
    const shown = parts(modules.map((m) => count(away, (x) => x.module === m)));
    return {
      byAction: actions.map((action, i) => {
        const mine = rows.filter((x) => x.action === action);
        const [approved, declined, pending] = parts(['approved', 'declined', 'pending'].map((d) => count(mine, (x) => decision(x.status) === d)));
        return { action, requested: requested[i], approved, declined, pending };
      }),
      topSkipped: Object.fromEntries(modules.map((m, i) => [m, shown[i]])),
      counts: Object.fromEntries(modules.map((m) => [m, count(away, (x) => x.module === m)])),
    };
  }

  function overviewFigures(s: Stored, from: string, to: string) {
    const tickets = ticketsIn(s, from, to);
    const ops = operationsOf(s, from, to);
    const e = engagementOf(s, from, to);
    return {
      tickets: tickets.length,
      notFixable: count(tickets, (x) => x.fixability === 'not_fixable'),
      slaMet: pct(ops.raw.met, ops.raw.resolved) ?? 0,
      activePatients: one(e.raw.active),
      flagsRaised: one(e.raw.flagsRaised),
      resetsCompleted: one(e.raw.resets),
      trainingAttendances: trainingOf(s, from, to).attendances,
    };
  }

  // ---- the tests -----------------------------------------------------------------------------------------
  it('gives every figure of every report as recomputed from the raw rows, and no rate past 100 % (property)', async () => {
    await fc.assert(
      fc.asyncProperty(world, async (w) => {
        const s = await store(w);
        const to = addDays(TODAY, -w.window.toDaysAgo);
        const from = addDays(to, -w.window.days);
        const q = `from=${from}&to=${to}&serviceId=${s.serviceId}`;

        const engagement = await get<EngagementReport>(`/api/reports/engagement?${q}`);
        const expected = engagementOf(s, from, to);
        expect(engagement).toEqual({ ...expected, raw: undefined, serviceIds: [s.serviceId] });
        expectRate(engagement.moduleCompletionRate);
        if (typeof engagement.patients === 'number' && typeof engagement.activePatients === 'number') expect(engagement.activePatients).toBeLessThanOrEqual(engagement.patients);

        const trends = await get<UsabilityTrendsReport>(`/api/reports/usability-trends?${q}&interval=${w.interval}&groupBy=${w.groupBy}`);
        expect(trends.buckets).toEqual(trendsOf(s, from, to, w.interval, w.groupBy));

        const incidents = await get<IncidentsReport>(`/api/reports/incidents?${q}&limit=50`);
        const inWindow = ticketsIn(s, from, to);
        const perIncident = Object.fromEntries(s.incidents.map((id) => [id, count(inWindow, (x) => x.incidentId === id)]).filter(([, n]) => n));
        expect(Object.fromEntries(incidents.incidents.map((i) => [i.id, i.ticketCount]))).toEqual(perIncident);
        expect(incidents.incidents.map((i) => i.ticketCount)).toEqual(incidents.incidents.map((i) => i.ticketCount).sort((a, b) => b - a));

        const ops = await get<OperationsReport>(`/api/reports/operations?${q}`);
        const { raw: _raw, ...opsExpected } = operationsOf(s, from, to);
        expect(ops.services).toEqual([expect.objectContaining({ serviceId: s.serviceId, ...opsExpected })]);
        for (const svc of ops.services) [svc.slaMetPercent, ...svc.byPriority.map((p) => p.slaMetPercent)].forEach(expectRate);

        const training = await get<TrainingReport>(`/api/reports/training?${q}`);
        const { modules, coverage, ...trainingExpected } = trainingOf(s, from, to);
        expect(training).toMatchObject(trainingExpected);
        expect(Object.fromEntries(training.modules.map((m) => [m.moduleId, { sessions: m.sessions, attended: m.attended, meanConfidenceChange: m.meanConfidenceChange }]))).toEqual(modules);
        expect(training.coverage.map((c) => ({ serviceId: c.serviceId, complete: c.complete, total: c.total }))).toEqual(coverage);
        expectRate(training.attendanceRate);

        const tailoring = await get<TailoringReport>(`/api/reports/tailoring?${q}`);
        const tailoringExpected = tailoringOf(s, from, to);
        expect(tailoring.byAction).toEqual(tailoringExpected.byAction);
        expect(Object.fromEntries(tailoring.topSkipped.map((m) => [m.moduleId, m.requests]))).toEqual(tailoringExpected.topSkipped);
        const order = tailoring.topSkipped.map((m) => tailoringExpected.counts[m.moduleId] as number);
        expect(order).toEqual([...order].sort((a, b) => b - a));

        // The manager's home (this week so far against the same days of last week) and the Monday digest (the last two full weeks).
        const overview = await get<ReportsOverview>(`/api/reports/overview?serviceId=${s.serviceId}`);
        const monday = mondayOf(TODAY);
        expect(overview.thisWeek).toEqual({ from: monday, to: TODAY });
        expect(Object.fromEntries(overview.figures.map((f) => [f.key, f.thisWeek]))).toEqual(overviewFigures(s, monday, TODAY));
        expect(Object.fromEntries(overview.figures.map((f) => [f.key, f.lastWeek]))).toEqual(overviewFigures(s, addDays(monday, -7), addDays(TODAY, -7)));
        const digest = await t.app.get(OverviewService, { strict: false }).overview([s.serviceId], new Date(NOW), true);
        expect(digest.thisWeek).toEqual({ from: addDays(monday, -7), to: addDays(monday, -1) });
        expect(Object.fromEntries(digest.figures.map((f) => [f.key, f.thisWeek]))).toEqual(overviewFigures(s, addDays(monday, -7), addDays(monday, -1)));
        expect(Object.fromEntries(digest.figures.map((f) => [f.key, f.lastWeek]))).toEqual(overviewFigures(s, addDays(monday, -14), addDays(monday, -8)));
        for (const f of [...overview.figures, ...digest.figures].filter((x) => x.key === 'slaMet')) [f.thisWeek, f.lastWeek].forEach((v) => expectRate(v as number));
      }),
      { seed: 20_261_126, numRuns: 25, interruptAfterTimeLimit: 50_000, markInterruptAsFailure: true },
    );
  }, 120_000);

  it('counts flags raised today when `to` is today, and the default window ends today (the demo bug)', async () => {
    const { serviceId, pwpIds } = await newService(1);
    const ids = await insert('patients', 'ref text, service_id uuid, pwp_id uuid, mandatory_modules text[]', Array.from({ length: 6 }, (_, i) => ({ ref: `RF${run}-${i}`, service_id: serviceId, pwp_id: pwpIds[0], mandatory_modules: ['rf-mod-1', 'rf-mod-2'] })), 'RETURNING id');
    await insert('patient_flags', 'patient_id uuid, service_id uuid, kind flag_kind, cause flag_cause, status flag_status, detail text', ids.map((p) => ({ patient_id: p.id, service_id: serviceId, kind: 'no_login', cause: 'disengagement', status: 'open', detail: 'raised now' })));
    // Completions the programme sent without a start: the old rate (completed / started) passed 100 %.
    await insert('engagement_events', 'patient_id uuid, occurred_at timestamptz, event_id text, service_id uuid, type engagement_event_type, module_id text', ids.map((p, i) => ({ patient_id: p.id, occurred_at: new Date(), event_id: `rf-today-${i}`, service_id: serviceId, type: 'module_completed', module_id: 'rf-mod-1' })));
    await rollUpEngagement(serviceId);

    for (const query of [`from=${addDays(TODAY, -6)}&to=${TODAY}`, `from=${TODAY}&to=${TODAY}`, '']) {
      const r = await get<EngagementReport>(`/api/reports/engagement?${query}&serviceId=${serviceId}`);
      expect(r.to).toBe(TODAY);
      expect(r.flags.find((f) => f.kind === 'no_login')?.raised).toBe(6);
      expect(r.weeks[r.weeks.length - 1]?.flagsRaised).toBe(6);
      expect(r.patients).toBe(6); // registered today: known by the end of a window that ends today
      expect(r.modulesCompleted).toBe(6);
      expect(r.moduleCompletionRate).toBe(50); // 6 of the 12 mandatory modules of the plans
    }
    // A window that ended yesterday knew none of them.
    const before = await get<EngagementReport>(`/api/reports/engagement?from=${addDays(TODAY, -7)}&to=${addDays(TODAY, -1)}&serviceId=${serviceId}`);
    expect(before.flags.every((f) => f.raised === 0)).toBe(true);
    expect(before.patients).toBe(0);
    expect(before.moduleCompletionRate).toBeNull();
  });
});
