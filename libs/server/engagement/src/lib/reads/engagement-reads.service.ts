import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EngagementReads, LoginAfter, PgInstant } from '@navdesk/server/core';

/** The engagement domain's read port: other domains see its events only through these queries. */
@Injectable()
export class EngagementReadsService implements EngagementReads {
  async firstLoginsAfter(manager: EntityManager, queries: LoginAfter[]): Promise<(PgInstant | null)[]> {
    if (!queries.length) return [];
    // One query for every (patient, instant); the instants travel as text, so none loses its microseconds.
    const rows: { at: PgInstant | null }[] = await manager.query(
      `SELECT (SELECT min(e.occurred_at) FROM engagement_events e WHERE e.patient_id = q.patient_id AND e.type = 'login' AND e.occurred_at > q.after)::text AS at
         FROM unnest($1::uuid[], $2::timestamptz[]) WITH ORDINALITY AS q(patient_id, after, n) ORDER BY q.n`,
      [queries.map((q) => q.patientId), queries.map((q) => q.after)],
    );
    return rows.map((r) => r.at);
  }
}
