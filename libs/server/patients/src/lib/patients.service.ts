import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { PLANNED_SESSIONS, type Page, type PatientListItem, type PlannedSessionView } from '@navdesk/contracts';
import { scopePatientQuery, type UserPrincipal } from '@navdesk/server/access';
import { AuditService } from '@navdesk/server/audit';
import { decodeCursor, toPage } from '@navdesk/server/core';
import { PatientEntity } from './patient.entity';

export function toPatientListItem(p: PatientEntity, now: Date): PatientListItem {
  const sessions: PlannedSessionView[] = [...(p.sessions ?? [])]
    .sort((a, b) => a.number - b.number)
    .map((s) => ({ number: s.number, startsAt: s.startsAt.toISOString(), mode: s.mode }));
  const next = sessions.find((s) => new Date(s.startsAt) > now) ?? null;
  return {
    patientRef: p.ref,
    serviceId: p.serviceId,
    pwpId: p.pwpId,
    sessionsPlanned: sessions.length || PLANNED_SESSIONS.total,
    // Until the programme reports attendance (engagement issue), a past session counts as held.
    sessionsAttended: sessions.filter((s) => new Date(s.startsAt) <= now).length,
    nextSession: next,
    sessions,
  };
}

@Injectable()
export class PatientsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The caller's caseload, scoped in the query; the read is audited. */
  async caseload(user: UserPrincipal, limit: number, cursor?: string, pwpId?: string): Promise<Page<PatientListItem>> {
    const after = decodeCursor(cursor, 1);
    const qb = this.dataSource.getRepository(PatientEntity).createQueryBuilder('p').orderBy('p.ref', 'ASC');
    scopePatientQuery(qb, { service: 'p.service_id', pwp: 'p.pwp_id' }, user);
    if (pwpId) qb.andWhere('p.pwp_id = :pwpId', { pwpId });
    if (after) qb.andWhere('p.ref > :ref', { ref: after[0] });
    const ids = await qb.clone().select(['p.id', 'p.ref']).take(limit + 1).getMany();
    const rows = ids.length
      ? await this.dataSource
          .getRepository(PatientEntity)
          .createQueryBuilder('p')
          .leftJoinAndSelect('p.sessions', 's')
          .where('p.id IN (:...ids)', { ids: ids.map((r) => r.id) })
          .orderBy('p.ref', 'ASC')
          .getMany()
      : [];
    const now = new Date();
    const page = toPage(rows, limit, (p) => toPatientListItem(p, now), (p) => [p.ref]);
    await this.audit.record({
      actor: { type: 'user', id: user.userId, label: user.email },
      action: 'patients.caseload.read',
      outcome: 'success',
      entityType: 'patient',
      detail: { patients: page.items.length, refs: page.items.map((i) => i.patientRef).join(',') },
    });
    return page;
  }
}
