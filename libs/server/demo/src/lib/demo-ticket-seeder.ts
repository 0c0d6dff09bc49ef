import type { EntityManager } from 'typeorm';
import type { Fixability, TicketStatus } from '@navdesk/contracts';
import { ServiceEntity, UserEntity } from '@navdesk/server/access';
import { PatientEntity } from '@navdesk/server/patients';
import {
  CannedReplyEntity,
  classifyTicket,
  englandAndWalesCalendar,
  eventBody,
  IncidentEntity,
  incidentTitle,
  KbArticleEntity,
  normaliseForSimilarity,
  priorityFor,
  slaDueAt,
  TicketEntity,
  TicketEventEntity,
  ticketText,
  type BusinessCalendar,
} from '@navdesk/server/tickets';
import { DEMO_KB_ARTICLES } from './demo-kb';
import { DEMO_FAULTS, DEMO_REPLIES, DEMO_TICKET_COUNT, type DemoFault } from './demo-tickets';
import { onWeekday, seededRandom } from './session-plan';

const DAY = 24 * 3600_000;
const CHUNK = 250;

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

function pickFault(random: Random): { fault: DemoFault; index: number } {
  const total = DEMO_FAULTS.reduce((s, f) => s + f.weight, 0);
  let r = random() * total;
  for (const [index, fault] of DEMO_FAULTS.entries()) {
    r -= fault.weight;
    if (r <= 0) return { fault, index };
  }
  return { fault: DEMO_FAULTS[0] as DemoFault, index: 0 };
}

/** How the demo's incidents were judged: notification overload and module fit need the vendor. */
const VERDICT: Record<string, Fixability> = { notifications: 'not_fixable', module_content: 'not_fixable', app_crash: 'fixable' };

function statusFor(random: Random, ageDays: number): TicketStatus {
  const r = random();
  if (ageDays > 21) return r < 0.7 ? 'closed' : r < 0.96 ? 'resolved' : 'in_progress';
  if (ageDays > 4) return r < 0.55 ? 'resolved' : r < 0.8 ? 'in_progress' : r < 0.9 ? 'waiting_on_reporter' : 'triaged';
  return r < 0.15 ? 'resolved' : r < 0.5 ? 'in_progress' : r < 0.6 ? 'waiting_on_reporter' : 'triaged';
}

/**
 * About 1,000 tickets over the last 12 weeks across the six services, built with the same rules the
 * worker uses (classification, priority, SLA calendar), some grouped into incidents, most resolved,
 * some open, a few breached; ten knowledge-base articles; canned replies for each navigator.
 */
export async function seedDemoTickets(manager: EntityManager, now: Date): Promise<number> {
  const random = seededRandom(424242);
  const services = await manager.find(ServiceEntity, { order: { code: 'ASC' } });
  const users = await manager.find(UserEntity, { relations: { services: true } });
  const patients = await manager.find(PatientEntity);
  const calendars = new Map<string, BusinessCalendar>(services.map((s) => [s.id, englandAndWalesCalendar({ timeZone: s.timezone, opensAt: s.opensAt, closesAt: s.closesAt })]));
  const staff = (serviceId: string, role: UserEntity['role']) => users.filter((u) => u.role === role && u.services.some((s) => s.id === serviceId));

  await manager.save(services.map((s) => Object.assign(s, { dutyContactEmail: `duty.${s.code.toLowerCase()}@navdesk.test` })));
  await manager.insert(KbArticleEntity, DEMO_KB_ARTICLES.map((a) => ({ ...a, createdById: null })));
  const navigators = users.filter((u) => u.role === 'navigator');
  await manager.insert(
    CannedReplyEntity,
    navigators.flatMap((n) => [
      { title: 'Reset sent', body: DEMO_REPLIES[0] as string, serviceId: null, createdById: n.id },
      { title: 'Known vendor issue', body: DEMO_REPLIES[2] as string, serviceId: null, createdById: n.id },
    ]),
  );

  const drafts = Array.from({ length: DEMO_TICKET_COUNT }, () => {
    const created = onWeekday(new Date(now.getTime() - random() * 84 * DAY));
    created.setUTCHours(9 + Math.floor(random() * 7), Math.floor(random() * 60), 0, 0);
    return { created: created.getTime() > now.getTime() ? new Date(now.getTime() - 3600_000) : created, r: random };
  }).sort((a, b) => a.created.getTime() - b.created.getTime());

  const incidents = new Map<string, IncidentEntity>();
  const tickets: Partial<TicketEntity>[] = [];
  const events: Partial<TicketEventEntity>[] = [];
  for (const [i, draft] of drafts.entries()) {
    const service = services[Math.floor(random() * services.length)] as ServiceEntity;
    const pwps = staff(service.id, 'pwp');
    const navs = staff(service.id, 'navigator');
    const { fault, index } = pickFault(random);
    const reporter = random() < 0.9 && pwps.length ? pick(random, pwps) : pick(random, navs);
    const own = patients.filter((p) => p.pwpId === reporter.id);
    const patient = fault.withPatient && own.length ? pick(random, own) : null;
    const risk = i % 333 === 200; // three tickets in the demo carry the risk flag
    const title = pick(random, fault.titles);
    const description = risk ? `${fault.description} During the call my patient said she wants to end her life.` : fault.description;
    const text = ticketText(title, description, now);
    const created = draft.created;
    const { category, theme } = classifyTicket({ kind: fault.kind, title, description });
    const priority = priorityFor({ severity: fault.severity, category, riskFlag: risk, nextSessionAt: null, now: created });
    const calendar = calendars.get(service.id) as BusinessCalendar;
    const due = slaDueAt({ createdAt: created, priority, calendar, pausedMinutes: 0, nextFaceToFaceSessionAt: null });
    const ageDays = (now.getTime() - created.getTime()) / DAY;
    const status = statusFor(random, ageDays);
    const span = due.getTime() - created.getTime();
    const resolvedAt = status === 'resolved' || status === 'closed' ? new Date(Math.min(now.getTime() - 60_000, created.getTime() + span * (0.15 + random() * 1.1))) : null;
    const firstResponseAt = status === 'triaged' ? null : new Date(created.getTime() + Math.min(span * 0.3, 3 * 3600_000) * random() + 300_000);
    const breachedAt = resolvedAt ? (resolvedAt > due ? due : null) : due < now ? new Date(due.getTime() + 60_000) : null;
    const assignee = navs.length ? pick(random, navs) : null;

    let incidentId: string | null = null;
    let fixability: Fixability = 'unknown';
    if (fault.kind === 'usability_incident') {
      const key = `${service.id}:${index}:${Math.floor(ageDays / 28)}`;
      let incident = incidents.get(key);
      if (!incident) {
        const oldEnough = ageDays > 28;
        incident = manager.create(IncidentEntity, {
          serviceId: service.id,
          ...incidentTitle(text.titleMasked, now),
          matchText: normaliseForSimilarity(`${text.titleMasked} ${text.descriptionMasked}`),
          category,
          theme,
          status: oldEnough ? 'resolved' : 'open',
          fixability: VERDICT[category] ?? 'unknown',
          firstSeenAt: created,
          lastSeenAt: created,
          resolvedAt: oldEnough ? new Date(created.getTime() + 20 * DAY) : null,
          mergedIntoId: null,
        });
        incident = await manager.save(incident);
        incidents.set(key, incident);
      }
      incident.lastSeenAt = created;
      incidentId = incident.id;
      fixability = incident.fixability;
    }

    const feedback = resolvedAt && reporter.role === 'pwp' && random() < 0.6;
    tickets.push({
      reference: `ND-${String(i + 1).padStart(6, '0')}`,
      serviceId: service.id,
      reporterId: reporter.id,
      kind: fault.kind,
      status,
      ...text,
      patientId: patient?.id ?? null,
      severity: fault.severity,
      category,
      theme,
      priority,
      slaDueAt: due,
      breachedAt,
      assigneeId: assignee?.id ?? null,
      incidentId,
      fixability,
      riskFlag: risk,
      idempotencyKey: null,
      triagedAt: new Date(created.getTime() + 2_000),
      firstResponseAt,
      resolvedAt,
      pausedAt: status === 'waiting_on_reporter' ? new Date(Math.max(created.getTime(), now.getTime() - 2 * DAY)) : null,
      pausedMinutes: 0,
      feedbackSolved: feedback ? random() < 0.8 : null,
      feedbackDisruptedTherapy: feedback ? random() < 0.3 : null,
      feedbackAt: feedback && resolvedAt ? new Date(resolvedAt.getTime() + 3600_000) : null,
      createdAt: created,
      updatedAt: resolvedAt ?? firstResponseAt ?? created,
    });
  }

  const saved: TicketEntity[] = [];
  for (let i = 0; i < tickets.length; i += CHUNK) {
    const ids = await manager.insert(TicketEntity, tickets.slice(i, i + CHUNK));
    ids.identifiers.forEach((id, j) => saved.push({ ...(tickets[i + j] as TicketEntity), id: String(id['id']) }));
  }
  for (const t of saved) {
    const at = (ms: number) => new Date(t.createdAt.getTime() + ms);
    events.push({ ticketId: t.id, type: 'created', actorId: t.reporterId, at: t.createdAt, internal: false });
    events.push({ ticketId: t.id, type: 'triaged', actorId: null, at: at(2_000), internal: false, body: `${t.category} · ${t.priority?.toUpperCase()}` });
    if (t.assigneeId) events.push({ ticketId: t.id, type: 'assigned', field: 'assigneeId', toValue: t.assigneeId, actorId: null, at: at(2_000), internal: false });
    if (t.firstResponseAt && t.assigneeId) events.push({ ticketId: t.id, type: 'reply', actorId: t.assigneeId, at: t.firstResponseAt, internal: false, body: DEMO_REPLIES[Number(t.reference.slice(-1)) % DEMO_REPLIES.length] as string });
    if (t.riskFlag) events.push({ ticketId: t.id, type: 'risk_flagged', actorId: null, at: t.createdAt, internal: true, body: 'Matched: wants to end her life' });
    if (t.resolvedAt) events.push({ ticketId: t.id, type: 'status_changed', field: 'status', fromValue: 'in_progress', toValue: 'resolved', actorId: t.assigneeId, at: t.resolvedAt, internal: false });
    if (t.breachedAt) events.push({ ticketId: t.id, type: 'breached', actorId: null, at: t.breachedAt, internal: false, body: 'SLA breached' });
    if (t.feedbackAt) events.push({ ticketId: t.id, type: 'feedback', actorId: t.reporterId, at: t.feedbackAt, internal: false, body: `Solved: ${t.feedbackSolved ? 'yes' : 'no'}. Disrupted therapy: ${t.feedbackDisruptedTherapy ? 'yes' : 'no'}.` });
  }
  // Every body is written with its masked rendition, as the api writes them.
  const withMasked = events.map((e) => ({ ...e, ...eventBody(e.body ?? null, now) }));
  for (let i = 0; i < withMasked.length; i += CHUNK * 2) await manager.insert(TicketEventEntity, withMasked.slice(i, i + CHUNK * 2));
  await manager.save([...incidents.values()]);
  await manager.query(`SELECT setval('ticket_reference_seq', $1)`, [saved.length]);
  return saved.length;
}
