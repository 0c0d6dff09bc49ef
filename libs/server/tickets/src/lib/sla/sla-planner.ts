import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ServiceEntity } from '@navdesk/server/access';
import type { TicketEntity } from '../entities/ticket.entity';
import { englandAndWalesCalendar, slaDueAt, type BusinessCalendar } from '../rules';

/** Builds each service's business calendar and the SLA due time of a ticket. */
@Injectable()
export class SlaPlanner {
  private readonly calendars = new Map<string, BusinessCalendar>();

  async calendarFor(manager: EntityManager, serviceId: string): Promise<BusinessCalendar> {
    const cached = this.calendars.get(serviceId);
    if (cached) return cached;
    const service = await manager.findOneByOrFail(ServiceEntity, { id: serviceId });
    const calendar = englandAndWalesCalendar({ timeZone: service.timezone, opensAt: service.opensAt, closesAt: service.closesAt });
    this.calendars.set(serviceId, calendar);
    return calendar;
  }

  /** The patient's next face-to-face session after `now`, if the ticket names a patient. */
  async nextFaceToFace(manager: EntityManager, patientId: string | null, now: Date): Promise<Date | null> {
    if (!patientId) return null;
    const rows: { starts_at: Date }[] = await manager.query(
      `SELECT starts_at FROM patient_sessions WHERE patient_id = $1 AND mode = 'face_to_face' AND starts_at > $2 ORDER BY starts_at LIMIT 1`,
      [patientId, now],
    );
    return rows[0]?.starts_at ?? null;
  }

  /** `known.nextSession`: the patient's next face-to-face session when the caller has just read it (saves a query). */
  async dueAt(manager: EntityManager, ticket: TicketEntity, now: Date, known?: { nextSession: Date | null }): Promise<Date | null> {
    if (!ticket.priority) return null;
    const calendar = await this.calendarFor(manager, ticket.serviceId);
    const nextSession = known ? known.nextSession : await this.nextFaceToFace(manager, ticket.patientId, now);
    return slaDueAt({ createdAt: ticket.createdAt, priority: ticket.priority, calendar, pausedMinutes: ticket.pausedMinutes, nextFaceToFaceSessionAt: nextSession });
  }
}
