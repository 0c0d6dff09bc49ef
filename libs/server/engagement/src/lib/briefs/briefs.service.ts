import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { programmeModuleTitle, type PreSessionBrief } from '@navdesk/contracts';
import type { UserPrincipal } from '@navdesk/server/access';
import { AuditService } from '@navdesk/server/audit';
import {
  ENGLAND_AND_WALES_BANK_HOLIDAY_DATES,
  RESET_READS,
  TAILORING_READS,
  TICKET_READS,
  type ResetReads,
  type TailoringReads,
  type TicketReads,
} from '@navdesk/server/core';
import { LiveEventsPublisher } from '@navdesk/server/live';
import { findReachablePatient, wasHeld } from '@navdesk/server/patients';
import { recordBriefOpening } from '../brief-openings/brief-openings';
import { PatientBriefEntity } from '../entities/patient-brief.entity';
import { PatientFlagEntity } from '../entities/patient-flag.entity';
import { loadPatientFacts, type PatientFacts } from '../flags/patient-signals';
import { toFlagView } from '../query/flag-views';
import { composeBrief, mandatoryDueDates, nextWorkingDaysWindow } from '../rules';

/** Briefs are prepared for face-to-face sessions in the next two working days (England and Wales). */
export const BRIEF_WORKING_DAYS = 2;

const isHoliday = (isoDate: string) => ENGLAND_AND_WALES_BANK_HOLIDAY_DATES.has(isoDate);

/**
 * The pre-session brief: prepared ahead by the worker, so it opens instantly, and recomposed whenever
 * the patient is re-evaluated (new events, flags, the register). Reading one is audited, and recorded
 * as an opening (brief_openings) for the Outcomes report's time figures.
 */
@Injectable()
export class BriefsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly live: LiveEventsPublisher,
    @Inject(TICKET_READS) private readonly ticketReads: TicketReads,
    @Inject(RESET_READS) private readonly resetReads: ResetReads,
    @Inject(TAILORING_READS) private readonly tailoringReads: TailoringReads,
  ) {}

  window(now: Date): { from: Date; to: Date } {
    return nextWorkingDaysWindow(now, BRIEF_WORKING_DAYS, isHoliday);
  }

  /** Every upcoming session's brief (the scheduled run); drops briefs of sessions past or gone. */
  async prepareUpcoming(now = new Date()): Promise<number> {
    const { to } = this.window(now);
    const patients: { patient_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT patient_id FROM patient_sessions WHERE mode = 'face_to_face' AND starts_at > $1 AND starts_at <= $2`,
      [now, to],
    );
    await this.dataSource.query(`DELETE FROM patient_briefs b WHERE b.starts_at <= $1 OR NOT EXISTS (SELECT 1 FROM patient_sessions s WHERE s.id = b.session_id)`, [now]);
    return this.prepareFor(patients.map((p) => p.patient_id), now);
  }

  /** Recomposes the briefs of these patients' sessions in the window. */
  async prepareFor(patientIds: string[], now = new Date()): Promise<number> {
    const { to } = this.window(now);
    let prepared = 0;
    for (const patientId of patientIds) {
      const facts = await this.dataSource.transaction(async (manager) => {
        const found = await loadPatientFacts(manager, patientId);
        if (!found) return null;
        const due = found.sessions.filter((s) => s.mode === 'face_to_face' && s.startsAt > now && s.startsAt <= to);
        for (const session of due) {
          const content = await this.compose(manager, found, session, now);
          await manager.upsert(PatientBriefEntity, { sessionId: session.id, patientId, pwpId: found.pwpId, startsAt: session.startsAt, content, preparedAt: now }, ['sessionId']);
          prepared++;
        }
        return due.length ? found : null;
      });
      // Open briefs and Today's briefs refresh on this (after the commit, so they read the new brief).
      if (facts) await this.live.publish('patient.changed', facts.id, { serviceId: facts.serviceId, userIds: [facts.pwpId] });
    }
    return prepared;
  }

  /** The brief for the patient's next face-to-face session in the window; 404 when there is none. */
  async forPatient(ref: string, user: UserPrincipal, now = new Date()): Promise<PreSessionBrief> {
    const patient = await findReachablePatient(this.dataSource.manager, ref, user, 'ref');
    const { to } = this.window(now);
    let brief = await this.dataSource.getRepository(PatientBriefEntity).createQueryBuilder('b').where('b.patient_id = :id AND b.starts_at > :now AND b.starts_at <= :to', { id: patient.id, now, to }).orderBy('b.starts_at', 'ASC').getOne();
    if (!brief) {
      await this.prepareFor([patient.id], now);
      brief = await this.dataSource.getRepository(PatientBriefEntity).createQueryBuilder('b').where('b.patient_id = :id AND b.starts_at > :now AND b.starts_at <= :to', { id: patient.id, now, to }).orderBy('b.starts_at', 'ASC').getOne();
    }
    if (!brief) throw new NotFoundException('No face-to-face session with this patient in the next two working days');
    await recordBriefOpening(this.dataSource.manager, { serviceId: patient.serviceId, patientId: patient.id, userId: user.userId, openedAt: now, sessionStartsAt: brief.startsAt });
    await this.audit.record({ actor: { type: 'user', id: user.userId, label: user.email }, action: 'patient.brief.read', outcome: 'success', entityType: 'patient', entityId: patient.id, serviceId: patient.serviceId, detail: { patientRef: ref } });
    return brief.content;
  }

  /** A PWP's briefs for the next two working days, soonest first. */
  async today(user: UserPrincipal, now = new Date()): Promise<PreSessionBrief[]> {
    const { to } = this.window(now);
    const rows = await this.dataSource.getRepository(PatientBriefEntity).createQueryBuilder('b').where('b.pwp_id = :me AND b.starts_at > :now AND b.starts_at <= :to', { me: user.userId, now, to }).orderBy('b.starts_at', 'ASC').getMany();
    await this.audit.record({ actor: { type: 'user', id: user.userId, label: user.email }, action: 'briefs.today.read', outcome: 'success', entityType: 'patient', detail: { briefs: rows.length, refs: rows.map((r) => r.content.patientRef).join(',') } });
    return rows.map((r) => r.content);
  }

  private async compose(manager: EntityManager, facts: PatientFacts, session: PatientFacts['sessions'][number], now: Date): Promise<PreSessionBrief> {
    // "Since the last session": the last one that happened (a session the feed says was missed is not it).
    const previous = facts.sessions.filter((s) => s.startsAt < session.startsAt && s.startsAt <= now && wasHeld(s, now)).pop();
    const since = previous?.startsAt ?? facts.registeredAt;
    const events: { type: string; occurred_at: Date; value: number | null; module_id: string | null }[] = await manager.query(
      `SELECT type, occurred_at, value, module_id FROM engagement_events
        WHERE patient_id = $1 AND occurred_at >= $2 AND occurred_at <= $3 AND type IN ('login', 'mood_rated', 'module_started', 'module_completed')`,
      [facts.id, since, now],
    );
    const [notes] = (await manager.query(
      `SELECT coalesce(sum(notifications_sent), 0)::int AS sent, coalesce(sum(notifications_dismissed), 0)::int AS dismissed FROM engagement_daily
        WHERE patient_id = $1 AND day >= ($2::timestamptz AT TIME ZONE 'Europe/London')::date`,
      [facts.id, since],
    )) as { sent: number; dismissed: number }[];
    const completedEver: { module_id: string }[] = await manager.query(`SELECT DISTINCT module_id FROM engagement_events WHERE patient_id = $1 AND type = 'module_completed'`, [facts.id]);
    const done = new Set(completedEver.map((c) => c.module_id));
    const online = facts.sessions.filter((s) => s.mode === 'online').map((s) => s.startsAt);
    const overdue = mandatoryDueDates(facts.mandatoryModules, online, facts.registeredAt).filter((d) => d.dueAt && d.dueAt < now && !done.has(d.moduleId)).map((d) => d.moduleId);
    const modules = new Map<string, { moduleId: string; startedAt: Date | null; completedAt: Date | null }>();
    for (const e of events.filter((x) => x.module_id)) {
      const m = modules.get(e.module_id as string) ?? { moduleId: e.module_id as string, startedAt: null, completedAt: null };
      if (e.type === 'module_started' && !m.startedAt) m.startedAt = new Date(e.occurred_at);
      if (e.type === 'module_completed' && !m.completedAt) m.completedAt = new Date(e.occurred_at);
      modules.set(m.moduleId, m);
    }
    const flags = await manager.find(PatientFlagEntity, { where: [{ patientId: facts.id, status: 'open' }, { patientId: facts.id, status: 'acknowledged' }], order: { raisedAt: 'DESC' } });
    // The other domains' parts of the brief come through their read ports.
    const tickets = await this.ticketReads.openForPatients(manager, [facts.id], { kind: 'tech_support', limit: 10 });
    const resets = await this.resetReads.recentForPatients(manager, [facts.id], { since, limit: 5 });
    const tailoring = await this.tailoringReads.recentForPatients(manager, [facts.id], { since, limit: 10 });
    return composeBrief({
      patientRef: facts.ref,
      session: { number: session.number, startsAt: session.startsAt, mode: session.mode },
      since,
      now,
      logins: events.filter((e) => e.type === 'login').map((e) => new Date(e.occurred_at)),
      moods: events.filter((e) => e.type === 'mood_rated' && e.value !== null).map((e) => ({ at: new Date(e.occurred_at), value: e.value as number })),
      modules: [...modules.values()],
      mandatoryOverdue: overdue,
      notifications: { sent: notes?.sent ?? 0, dismissed: notes?.dismissed ?? 0 },
      flags: flags.map((f) => toFlagView(f, facts.ref)),
      openTickets: tickets.map((t) => ({ id: t.id, reference: t.reference, title: t.title, status: t.status })),
      resets: resets.map((r) => ({ id: r.id, status: r.status, createdAt: r.createdAt })),
      tailoring: tailoring.map((t) => ({
        id: t.id,
        action: t.action,
        moduleId: t.moduleId,
        moduleTitle: programmeModuleTitle(t.moduleId),
        replacementModuleTitle: t.replacementModuleId ? programmeModuleTitle(t.replacementModuleId) : null,
        status: t.status,
        decisionNote: t.decisionNote,
      })),
    });
  }
}
