import type { EntityManager } from 'typeorm';
import { IncidentEntity } from '../entities/incident.entity';
import type { TicketEntity } from '../entities/ticket.entity';
import { incidentTitle, normaliseForSimilarity } from '../rules';
import { INCIDENT_MATCH_DAYS, INCIDENT_MATCH_SIMILARITY } from '../tickets.constants';

/**
 * A usability report joins the open incident of its service with the same category and the most
 * similar text (pg_trgm) seen in the last 14 days; otherwise it starts a new incident.
 */
export async function matchOrStartIncident(manager: EntityManager, t: TicketEntity, now: Date): Promise<{ incident: IncidentEntity; joined: boolean }> {
  // Matched on the masked text: identifiers say nothing about the fault, and match_text is then free of them.
  const text = normaliseForSimilarity(`${t.titleMasked} ${t.descriptionMasked}`);
  const category = t.category ?? 'other';
  // One matcher at a time per service and category, so two reports triaged together cannot both
  // start an incident: the second waits and then sees the first one's.
  await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`navdesk-incident:${t.serviceId}:${category}`]);
  const rows: { id: string }[] = await manager.query(
    `SELECT id FROM incidents
      WHERE service_id = $1 AND category = $2 AND status = 'open' AND merged_into_id IS NULL
        AND last_seen_at > $3::timestamptz - make_interval(days => $4)
        AND similarity(match_text, $5) >= $6
      ORDER BY similarity(match_text, $5) DESC, last_seen_at DESC
      LIMIT 1
      FOR UPDATE`,
    [t.serviceId, category, now, INCIDENT_MATCH_DAYS, text, INCIDENT_MATCH_SIMILARITY],
  );
  const found = rows[0] ? await manager.findOneByOrFail(IncidentEntity, { id: rows[0].id }) : null;
  if (found) {
    found.lastSeenAt = now;
    return { incident: await manager.save(found), joined: true };
  }
  const incident = manager.create(IncidentEntity, {
    serviceId: t.serviceId,
    // The public title is the ticket's masked title (documented in the README: incidents are shared).
    ...incidentTitle(t.titleMasked, now),
    matchText: text,
    category,
    theme: t.theme ?? 'functionality',
    status: 'open',
    fixability: 'unknown',
    firstSeenAt: now,
    lastSeenAt: now,
    resolvedAt: null,
    mergedIntoId: null,
  });
  return { incident: await manager.save(incident), joined: false };
}
