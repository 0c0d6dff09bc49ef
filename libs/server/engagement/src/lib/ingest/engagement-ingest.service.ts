import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { EngagementBatchResult } from '@navdesk/contracts';
import type { IntegrationPrincipal } from '@navdesk/server/access';
import { AuditService } from '@navdesk/server/audit';
import { retryTransient } from '@navdesk/server/core';
import type { ValidEvent } from './engagement-batch.schema';

/**
 * Stores one validated batch in a single statement: new event keys (the dedupe), the events of the
 * keys that were new, and the days the worker must now recompute (it then re-evaluates their patients). The answer goes out
 * only after that statement commits, so a 202 means the batch is durable.
 */
const INGEST_SQL = `
WITH input AS (
  SELECT * FROM unnest($2::text[], $3::uuid[], $4::engagement_event_type[], $5::timestamptz[], $6::smallint[], $7::text[], $8::text[])
    AS t(event_id, patient_id, type, occurred_at, value, module_id, app_version)
), fresh AS (
  INSERT INTO engagement_event_keys (event_key)
  SELECT md5($1 || ':' || event_id)::uuid FROM input
  ON CONFLICT DO NOTHING
  RETURNING event_key
), stored AS (
  INSERT INTO engagement_events (event_id, patient_id, service_id, type, occurred_at, value, module_id, app_version)
  SELECT i.event_id, i.patient_id, $1::uuid, i.type, i.occurred_at, i.value, i.module_id, i.app_version
    FROM input i JOIN fresh f ON f.event_key = md5($1 || ':' || i.event_id)::uuid
  RETURNING patient_id, occurred_at
), days AS (
  INSERT INTO engagement_dirty_days (patient_id, day)
  -- In key order: two batches dirtying the same days then lock them in the same order, never in a cycle.
  SELECT DISTINCT patient_id, (occurred_at AT TIME ZONE 'Europe/London')::date FROM stored ORDER BY 1, 2
  -- Dirty again: a rollup recomputing the day now (its claim holds no lock) leaves it for its next round.
  ON CONFLICT (patient_id, day) DO UPDATE SET version = engagement_dirty_days.version + 1
)
SELECT count(*)::int AS accepted FROM stored`;

@Injectable()
export class EngagementIngestService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async ingest(events: ValidEvent[], integration: IntegrationPrincipal): Promise<EngagementBatchResult> {
    const refs = [...new Set(events.map((e) => e.patientRef))];
    const known: { id: string; ref: string }[] = await this.dataSource.query(`SELECT id, ref FROM patients WHERE service_id = $1 AND ref = ANY($2)`, [integration.serviceId, refs]);
    const idOf = new Map(known.map((p) => [p.ref, p.id]));

    const unknownPatients: EngagementBatchResult['unknownPatients'] = [];
    const seen = new Set<string>();
    let repeatedInBatch = 0;
    const rows: { e: ValidEvent; patientId: string }[] = [];
    events.forEach((e, index) => {
      const patientId = idOf.get(e.patientRef);
      if (!patientId) return void unknownPatients.push({ index, patientRef: e.patientRef });
      if (seen.has(e.eventId)) return void repeatedInBatch++;
      seen.add(e.eventId);
      rows.push({ e, patientId });
    });

    let accepted = 0;
    if (rows.length) {
      const [{ accepted: n }] = (await retryTransient('engagement ingest', () => this.dataSource.query(INGEST_SQL, [
        integration.serviceId,
        rows.map((r) => r.e.eventId),
        rows.map((r) => r.patientId),
        rows.map((r) => r.e.type),
        rows.map((r) => r.e.occurredAt),
        rows.map((r) => (r.e.type === 'mood_rated' ? (r.e.value ?? null) : null)),
        rows.map((r) => r.e.moduleId ?? null),
        rows.map((r) => (r.e.type === 'login' ? (r.e.appVersion ?? null) : null)),
      ]))) as { accepted: number }[];
      accepted = n;
    }
    const duplicates = rows.length - accepted + repeatedInBatch;
    await this.audit.record({
      actor: { type: 'integration_key', id: integration.keyId, label: integration.name },
      action: 'engagement.ingest',
      outcome: 'success',
      entityType: 'engagement_batch',
      serviceId: integration.serviceId,
      detail: { events: events.length, accepted, duplicates, unknown: unknownPatients.length },
    });
    return { accepted, duplicates, unknownPatients };
  }
}
