import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OPEN_TICKET_STATUSES, type Theme, type TicketCategory, type TicketKind, type TicketStatus } from '@navdesk/contracts';
import type { OpenPatientTicket, ServiceSlaBreaches, ThemedTicket, TicketReads } from '@navdesk/server/core';

interface OpenRow {
  id: string;
  patient_id: string;
  reference: string;
  title: string;
  kind: TicketKind;
  status: TicketStatus;
  category: TicketCategory | null;
  created_at: Date;
}

interface ThemedRow {
  id: string;
  reference: string;
  title: string;
  description: string;
  category: TicketCategory | null;
  reporter_id: string;
  created_at: Date;
}

/** The tickets domain's read port: other domains see its table only through these queries. */
@Injectable()
export class TicketReadsService implements TicketReads {
  async openForPatients(manager: EntityManager, patientIds: string[], filter: { kind?: TicketKind; limit: number }): Promise<OpenPatientTicket[]> {
    if (!patientIds.length) return [];
    // One query for every patient; the window keeps each patient's newest `limit`.
    const rows: OpenRow[] = await manager.query(
      `SELECT id, patient_id, reference, title, kind, status, category, created_at FROM (
         SELECT id, patient_id, reference, title, kind, status, category, created_at,
                row_number() OVER (PARTITION BY patient_id ORDER BY created_at DESC) AS nth
           FROM tickets
          WHERE patient_id = ANY($1) AND status = ANY($2::ticket_status[]) AND ($3::ticket_kind IS NULL OR kind = $3::ticket_kind)) t
        WHERE nth <= $4 ORDER BY created_at DESC`,
      [patientIds, OPEN_TICKET_STATUSES, filter.kind ?? null, filter.limit],
    );
    return rows.map((r) => ({
      id: r.id,
      patientId: r.patient_id,
      reference: r.reference,
      title: r.title,
      kind: r.kind,
      status: r.status,
      category: r.category,
      createdAt: new Date(r.created_at),
    }));
  }

  async references(manager: EntityManager, ticketIds: string[]): Promise<Map<string, string>> {
    if (!ticketIds.length) return new Map();
    const rows: { id: string; reference: string }[] = await manager.query(`SELECT id, reference FROM tickets WHERE id = ANY($1)`, [ticketIds]);
    return new Map(rows.map((r) => [r.id, r.reference]));
  }

  async raisedWithTheme(manager: EntityManager, query: { serviceIds: string[]; theme: Theme; since: Date }): Promise<ThemedTicket[]> {
    if (!query.serviceIds.length) return [];
    const rows: ThemedRow[] = await manager.query(
      `SELECT id, reference, title, description, category, reporter_id, created_at FROM tickets
        WHERE service_id = ANY($1) AND theme = $2 AND created_at >= $3 ORDER BY created_at DESC`,
      [query.serviceIds, query.theme, query.since],
    );
    return rows.map((r) => ({ id: r.id, reference: r.reference, title: r.title, description: r.description, category: r.category, reporterId: r.reporter_id, createdAt: new Date(r.created_at) }));
  }

  /**
   * Open tickets past their SLA now: those the SLA sweep has marked breached that are still open (one
   * waiting on its reporter stays breached while its clock is paused), and those the sweep (every minute)
   * will mark next: clock running (`new`, `triaged`, `in_progress`, as in SlaSweepService) and past due.
   */
  async slaBreachesByService(manager: EntityManager, now: Date): Promise<ServiceSlaBreaches[]> {
    const rows: { service_code: string; breached: number }[] = await manager.query(
      `SELECT s.code AS service_code, count(t.id)::int AS breached
         FROM services s
         LEFT JOIN tickets t ON t.service_id = s.id AND t.status = ANY($1::ticket_status[])
          AND (t.breached_at IS NOT NULL OR (t.status IN ('new', 'triaged', 'in_progress') AND t.sla_due_at < $2))
        GROUP BY s.code ORDER BY s.code`,
      [OPEN_TICKET_STATUSES, now],
    );
    return rows.map((r) => ({ serviceCode: r.service_code, breached: r.breached }));
  }
}
