// Tickets in the shape intake writes them, without going through POST one by one: one ticket is raised
// through the api (the template), then copied row for row — the ticket, its timeline lines, its outbox
// rows and its audit rows — with fresh ids, references and times. Every other column is copied from what
// the product wrote, read from the catalogue, so a column added to intake is copied too.

/** Columns of a table that an INSERT may set (not generated, not identity). */
async function insertableColumns(db, table) {
  const { rows } = await db.query(
    `SELECT column_name FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER' AND is_identity = 'NO'
      ORDER BY ordinal_position`,
    [table],
  );
  if (!rows.length) throw new Error(`table ${table} not found`);
  return rows.map((r) => r.column_name);
}

/** `INSERT INTO table (…) SELECT …` copying `alias`'s columns except those in `overrides` (column → SQL). */
function copyInsert(table, columns, alias, overrides, from) {
  const kept = columns.filter((c) => c !== 'id');
  const exprs = kept.map((c) => overrides[c] ?? `${alias}."${c}"`);
  return `INSERT INTO ${table} (${kept.map((c) => `"${c}"`).join(', ')}) SELECT ${exprs.join(', ')} ${from}`;
}

/**
 * Keeps a copy of template ticket `templateId` as intake wrote it (in this connection's temp tables, so
 * the template being triaged later changes nothing) and returns `clone(count, { notify })`, which writes
 * `count` copies in one transaction and resolves to how many it wrote.
 */
export async function ticketCloner(db, templateId) {
  const tickets = await insertableColumns(db, 'tickets');
  const events = await insertableColumns(db, 'ticket_events');
  const outbox = await insertableColumns(db, 'outbox_messages');
  const audit = await insertableColumns(db, 'audit_log');
  const snapshot = {
    tpl_tickets: ['tickets', `id = $1`],
    tpl_events: ['ticket_events', `ticket_id = $1`],
    tpl_outbox: ['outbox_messages', `payload->>'ticketId' = $1::text`],
    tpl_audit: ['audit_log', `entity_type = 'ticket' AND entity_id = $1::text`],
  };
  const perTicket = {};
  for (const [temp, [table, where]] of Object.entries(snapshot)) {
    await db.query(`CREATE TEMP TABLE ${temp} (LIKE ${table})`);
    perTicket[table] = (await db.query(`INSERT INTO ${temp} SELECT * FROM ${table} WHERE ${where}`, [templateId])).rowCount;
  }
  if (perTicket.tickets !== 1) throw new Error(`template ticket ${templateId} not found`);
  if (perTicket.outbox_messages === 0) throw new Error('the template ticket has no outbox row');
  const sql = `WITH t AS (
      ${copyInsert(
        'tickets',
        tickets,
        'src',
        { reference: `'ND-' || lpad(nextval('ticket_reference_seq')::text, 6, '0')`, idempotency_key: 'NULL', created_at: 'now()', updated_at: 'now()' },
        `FROM tpl_tickets src CROSS JOIN generate_series(1, $2)`,
      )}
      RETURNING id),
    e AS (${copyInsert('ticket_events', events, 'ev', { ticket_id: 't.id', at: 'now()' }, `FROM t CROSS JOIN tpl_events ev`)}),
    o AS (${copyInsert(
      'outbox_messages',
      outbox,
      'ob',
      { payload: `replace(ob.payload::text, $1::text, t.id::text)::jsonb`, created_at: 'now()', dispatched_at: 'NULL', dispatch_attempts: '0', last_error: 'NULL' },
      `FROM t CROSS JOIN tpl_outbox ob`,
    )}),
    a AS (${copyInsert('audit_log', audit, 'al', { entity_id: 't.id::text', occurred_at: 'now()' }, `FROM t CROSS JOIN tpl_audit al`)})
    SELECT count(*)::int AS n FROM t`;

  return {
    /** Rows per ticket, by table, as intake wrote them for the template. */
    perTicket,
    /** With `notify`, wakes the relay at commit as the product's OutboxWriter does. */
    async clone(count, { notify = false } = {}) {
      await db.query('BEGIN');
      try {
        const { rows } = await db.query(sql, [templateId, count]);
        if (notify) await db.query(`SELECT pg_notify('navdesk_outbox', '')`);
        await db.query('COMMIT');
        return rows[0].n;
      } catch (e) {
        await db.query('ROLLBACK');
        throw e;
      }
    },
  };
}
