import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { PatientAccessEntry, PatientDetail, PatientEngagement, PatientFlagView, PatientTicketSummary } from '@navdesk/contracts';
import type { UserPrincipal } from '@navdesk/server/access';
import { AuditService } from '@navdesk/server/audit';
import { InvalidInputException, TICKET_READS, type TicketReads } from '@navdesk/server/core';
import { findReachablePatient, PatientEntity, toPatientListItem } from '@navdesk/server/patients';
import { PatientFlagEntity } from '../entities/patient-flag.entity';
import { resolveEngagementWindow } from './engagement-window';
import { toFlagView } from './flag-views';


/** One patient's page: every read is scoped (own patient / the services') and audited. */
@Injectable()
export class PatientEngagementService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(TICKET_READS) private readonly ticketReads: TicketReads,
  ) {}

  async detail(ref: string, user: UserPrincipal, now = new Date()): Promise<PatientDetail> {
    const found = await findReachablePatient(this.dataSource.manager, ref, user, 'ref');
    const patient = await this.dataSource.getRepository(PatientEntity).findOneOrFail({ where: { id: found.id }, relations: { sessions: true } });
    const [pe] = (await this.dataSource.query(`SELECT last_login_at, modules_completed, mood_latest, mood_change FROM patient_engagement WHERE patient_id = $1`, [patient.id])) as {
      last_login_at: Date | null;
      modules_completed: number;
      mood_latest: number | null;
      mood_change: number | null;
    }[];
    const flags: { kind: PatientDetail['flags'][number] }[] = await this.dataSource.query(`SELECT kind FROM patient_flags WHERE patient_id = $1 AND status <> 'cleared' ORDER BY kind`, [patient.id]);
    await this.read(user, 'patient.read', patient.id, patient.serviceId, ref);
    return {
      ...toPatientListItem(patient, now),
      lastLoginAt: pe?.last_login_at ? new Date(pe.last_login_at).toISOString() : null,
      modulesCompleted: pe?.modules_completed ?? 0,
      moodTrend: pe && pe.mood_latest !== null ? { latest: pe.mood_latest, change: pe.mood_change } : null,
      flags: flags.map((f) => f.kind),
      mandatoryModules: patient.mandatoryModules,
      registeredAt: patient.createdAt.toISOString(),
    };
  }

  async engagement(ref: string, user: UserPrincipal, fromIso?: string, toIso?: string, now = new Date()): Promise<PatientEngagement> {
    const window = resolveEngagementWindow(fromIso, toIso, now);
    if ('details' in window) throw new InvalidInputException(window.details);
    const { from, to } = window;
    const patient = await findReachablePatient(this.dataSource.manager, ref, user, 'ref');
    const events: { type: string; occurred_at: Date; value: number | null; module_id: string | null }[] = await this.dataSource.query(
      `SELECT type, occurred_at, value, module_id FROM engagement_events
        WHERE patient_id = $1 AND occurred_at >= $2 AND occurred_at < $3 AND type IN ('login', 'mood_rated', 'module_started', 'module_completed')
        ORDER BY occurred_at`,
      [patient.id, from, to],
    );
    const daily: { day: string; logins: number; mood_count: number; mood_sum: number; notifications_sent: number; notifications_dismissed: number }[] = await this.dataSource.query(
      `SELECT day::text AS day, logins, mood_count, mood_sum, notifications_sent, notifications_dismissed FROM engagement_daily
        WHERE patient_id = $1 AND day >= ($2::timestamptz AT TIME ZONE 'Europe/London')::date AND day <= (($3::timestamptz - interval '1 millisecond') AT TIME ZONE 'Europe/London')::date ORDER BY day`,
      [patient.id, from, to],
    );
    const modules = new Map<string, { moduleId: string; startedAt: string | null; completedAt: string | null; mandatory: boolean }>();
    for (const id of patient.mandatoryModules) modules.set(id, { moduleId: id, startedAt: null, completedAt: null, mandatory: true });
    for (const e of events.filter((x) => x.module_id)) {
      const m = modules.get(e.module_id as string) ?? { moduleId: e.module_id as string, startedAt: null, completedAt: null, mandatory: false };
      const at = new Date(e.occurred_at).toISOString();
      if (e.type === 'module_started' && !m.startedAt) m.startedAt = at;
      if (e.type === 'module_completed' && !m.completedAt) m.completedAt = at;
      modules.set(m.moduleId, m);
    }
    await this.read(user, 'patient.engagement.read', patient.id, patient.serviceId, ref);
    return {
      patientRef: ref,
      from: from.toISOString(),
      to: to.toISOString(),
      mood: events.filter((e) => e.type === 'mood_rated' && e.value !== null).map((e) => ({ at: new Date(e.occurred_at).toISOString(), value: e.value as number })),
      logins: events.filter((e) => e.type === 'login').map((e) => new Date(e.occurred_at).toISOString()),
      modules: [...modules.values()],
      notifications: { sent: daily.reduce((s, d) => s + d.notifications_sent, 0), dismissed: daily.reduce((s, d) => s + d.notifications_dismissed, 0) },
      daily: daily.map((d) => ({
        day: d.day,
        logins: d.logins,
        moodAvg: d.mood_count ? Math.round((d.mood_sum / d.mood_count) * 10) / 10 : null,
        notificationsSent: d.notifications_sent,
        notificationsDismissed: d.notifications_dismissed,
      })),
    };
  }

  async flags(ref: string, user: UserPrincipal): Promise<PatientFlagView[]> {
    const patient = await findReachablePatient(this.dataSource.manager, ref, user, 'ref');
    const rows = await this.dataSource.getRepository(PatientFlagEntity).find({ where: { patientId: patient.id }, order: { raisedAt: 'DESC' }, take: 100 });
    await this.read(user, 'patient.flags.read', patient.id, patient.serviceId, ref);
    return rows.map((f) => toFlagView(f, ref));
  }

  /** Open tickets about the patient (through the tickets domain's read port), for the patient page. */
  async tickets(ref: string, user: UserPrincipal): Promise<PatientTicketSummary[]> {
    const patient = await findReachablePatient(this.dataSource.manager, ref, user, 'ref');
    const rows = await this.ticketReads.openForPatients(this.dataSource.manager, [patient.id], { limit: 50 });
    await this.read(user, 'patient.tickets.read', patient.id, patient.serviceId, ref);
    return rows.map((r) => ({ id: r.id, reference: r.reference, title: r.title, status: r.status, category: r.category, createdAt: r.createdAt.toISOString() }));
  }

  /** Who read this patient's data, newest first: the audit log's rows about the patient (navigators). */
  async accessLog(ref: string, user: UserPrincipal): Promise<PatientAccessEntry[]> {
    const patient = await findReachablePatient(this.dataSource.manager, ref, user, 'ref');
    await this.read(user, 'patient.access_log.read', patient.id, patient.serviceId, ref);
    const rows: { occurred_at: Date; actor_label: string | null; actor_type: string; role: string | null; action: string }[] = await this.dataSource.query(
      `SELECT a.occurred_at, a.actor_label, a.actor_type, u.role::text AS role, a.action
         FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id
        WHERE (a.entity_type = 'patient' AND a.entity_id = $1) OR (a.action = 'patients.caseload.read' AND a.detail->>'refs' LIKE '%' || $2 || '%')
        ORDER BY a.id DESC LIMIT 200`,
      [patient.id, ref],
    );
    return rows.map((r) => ({ at: new Date(r.occurred_at).toISOString(), actor: r.actor_label ?? r.actor_type, role: r.role, action: r.action }));
  }

  private read(user: UserPrincipal, action: string, patientId: string, serviceId: string, ref: string): Promise<void> {
    return this.audit.record({ actor: { type: 'user', id: user.userId, label: user.email }, action, outcome: 'success', entityType: 'patient', entityId: patientId, serviceId, detail: { patientRef: ref } });
  }
}
