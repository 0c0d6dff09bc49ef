import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Fixability } from '@navdesk/contracts';
import { ServiceEntity, UserEntity } from '@navdesk/server/access';
import {
  CannedReplyEntity,
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
import { ageInDays, DAY, EvenShares, trend } from './demo-history';
import { DEMO_KB_ARTICLES } from './demo-kb';
import type { DemoPatient } from './demo-patient-seeder';
import { DemoClassifier, QuestionShaper, type DraftFault } from './demo-questions';
import { DISRUPTED_SHARE, LATE_SHARE, ticketCreationTimes, ticketLifecycle } from './demo-ticket-shape';
import { DEMO_FAULTS, DEMO_REPLIES, DEMO_TICKET_COUNT, type DemoFault } from './demo-tickets';
import type { DemoTraining } from './demo-training-seeder';
import { seededRandom } from './session-plan';

const CHUNK = 250;
/** Three tickets in the demo carry the risk flag: a share of the way through, oldest first. */
const RISK_AT = new Set([0.6, 0.8, 0.95].map((share) => Math.floor(share * DEMO_TICKET_COUNT)));

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

function draftFault(random: Random): DraftFault {
  const total = DEMO_FAULTS.reduce((s, f) => s + f.weight, 0);
  let r = random() * total;
  let index = DEMO_FAULTS.findIndex((f) => (r -= f.weight) <= 0);
  if (index < 0) index = 0;
  const fault = DEMO_FAULTS[index] as DemoFault;
  return { fault, index, title: pick(random, fault.titles) };
}

/** How the demo's incidents were judged: notification overload and module fit need the vendor. */
const VERDICT: Record<string, Fixability> = { notifications: 'not_fixable', module_content: 'not_fixable', app_crash: 'fixable' };

/** The reporter's patient in treatment when the ticket was raised, and that patient's next face-to-face session. */
function patientAt(random: Random, own: readonly DemoPatient[], created: Date): { patient: DemoPatient; nextSession: Date | null } | null {
  const inTreatment = own.filter((p) => p.firstSession.getTime() <= created.getTime() + 7 * DAY && p.lastSession.getTime() > created.getTime());
  if (!inTreatment.length) return null;
  const patient = pick(random, inTreatment);
  return { patient, nextSession: patient.faceToFace.find((s) => s.getTime() > created.getTime()) ?? null };
}

/**
 * 1,500 tickets over the history across the six services, more of them lately, built with the same
 * rules the worker uses (classification, priority, SLA calendar capped at the patient's next
 * face-to-face session), some grouped into incidents, most resolved, some open. The history improves
 * (demo-history.ts): fewer tickets miss their SLA (or the patient's session), fewer answers say therapy
 * was disrupted, and a PWP asks "how do I…" questions on a topic before their training on it, not after.
 * Ten knowledge-base articles; canned replies for each navigator.
 */
export async function seedDemoTickets(
  manager: EntityManager,
  patients: readonly DemoPatient[],
  training: { attendances: readonly DemoTraining[]; bookings: readonly DemoTraining[] },
  now: Date,
): Promise<number> {
  const random = seededRandom(424242);
  const services = await manager.find(ServiceEntity, { order: { code: 'ASC' } });
  const users = await manager.find(UserEntity, { relations: { services: true } });
  const calendars = new Map<string, BusinessCalendar>(services.map((s) => [s.id, englandAndWalesCalendar({ timeZone: s.timezone, opensAt: s.opensAt, closesAt: s.closesAt })]));
  const staff = (serviceId: string, role: UserEntity['role']) => users.filter((u) => u.role === role && u.services.some((s) => s.id === serviceId));
  const caseloads = new Map<string, DemoPatient[]>();
  for (const p of patients) caseloads.set(p.pwpId, [...(caseloads.get(p.pwpId) ?? []), p]);
  const classifier = new DemoClassifier();
  const questions = new QuestionShaper(classifier, training);
  const lateness = new EvenShares();

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

  const incidents = new Map<string, IncidentEntity>();
  const tickets: TicketEntity[] = [];
  for (const [i, created] of ticketCreationTimes(random, DEMO_TICKET_COUNT, now).entries()) {
    const service = services[Math.floor(random() * services.length)] as ServiceEntity;
    const pwps = staff(service.id, 'pwp');
    const navs = staff(service.id, 'navigator');
    const reporter = random() < 0.9 && pwps.length ? pick(random, pwps) : pick(random, navs);
    const asked = reporter.role === 'pwp' ? questions.shape(random, reporter.id, created, () => draftFault(random)) : draftFault(random);
    const { fault, index, title } = asked;
    const treated = fault.withPatient ? patientAt(random, caseloads.get(reporter.id) ?? [], created) : null;
    const risk = RISK_AT.has(i);
    const description = risk ? `${fault.description} During the call my patient said she wants to end her life.` : fault.description;
    const text = ticketText(title, description, now);
    const { category, theme } = classifier.classify({ kind: fault.kind, title, description });
    const nextSession = treated?.nextSession ?? null;
    const priority = priorityFor({ severity: fault.severity, category, riskFlag: risk, nextSessionAt: nextSession, now: created });
    const calendar = calendars.get(service.id) as BusinessCalendar;
    const due = slaDueAt({ createdAt: created, priority, calendar, pausedMinutes: 0, nextFaceToFaceSessionAt: nextSession });
    const ageDays = ageInDays(created, now);
    // Tickets due before a patient's session keep to the line on their own: they make "resolved before the next session".
    const late = due < now && lateness.take(nextSession ? `${service.id}:session` : service.id, trend(LATE_SHARE.then, LATE_SHARE.today, created, now));
    const { status, resolvedAt } = ticketLifecycle({ random, created, due, nextSession, late, now });
    const span = due.getTime() - created.getTime();
    const responded = new Date(Math.min(now.getTime() - 60_000, created.getTime() + Math.min(span * 0.3, 3 * 3600_000) * random() + 300_000));
    const firstResponseAt = status === 'triaged' ? null : resolvedAt && resolvedAt < responded ? resolvedAt : responded;
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
          id: randomUUID(),
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
        incidents.set(key, incident);
      }
      incident.lastSeenAt = created;
      incidentId = incident.id;
      fixability = incident.fixability;
    }

    const feedback = resolvedAt && reporter.role === 'pwp' && random() < 0.6;
    tickets.push(
      manager.create(TicketEntity, {
        id: randomUUID(),
        reference: `ND-${String(i + 1).padStart(6, '0')}`,
        serviceId: service.id,
        reporterId: reporter.id,
        kind: fault.kind,
        status,
        ...text,
        patientId: treated?.patient.id ?? null,
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
        // Answered below, in the order the answers came (answerDisruption).
        feedbackDisruptedTherapy: feedback ? false : null,
        feedbackAt: feedback && resolvedAt ? new Date(resolvedAt.getTime() + 3600_000) : null,
        createdAt: created,
        updatedAt: resolvedAt ?? firstResponseAt ?? created,
      }),
    );
  }

  answerDisruption(tickets, now);
  // Ids are made here, so the rows go in without reading anything back.
  const insert = async <T extends object>(entity: new () => T, rows: T[], chunk: number) => {
    for (let i = 0; i < rows.length; i += chunk) await manager.createQueryBuilder().insert().into(entity).values(rows.slice(i, i + chunk)).updateEntity(false).execute();
  };
  await insert(IncidentEntity, [...incidents.values()], CHUNK);
  await insert(TicketEntity, tickets, CHUNK);
  await insert(TicketEventEntity, ticketEvents(tickets, now), CHUNK * 2);
  await manager.query(`SELECT setval('ticket_reference_seq', $1)`, [tickets.length]);
  return tickets.length;
}

/** Of the feedback answers, in the order they came, the share saying therapy was disrupted follows the history's line. */
function answerDisruption(tickets: readonly TicketEntity[], now: Date): void {
  const disrupted = new EvenShares();
  const answered = tickets.filter((t) => t.feedbackAt).sort((a, b) => (a.feedbackAt as Date).getTime() - (b.feedbackAt as Date).getTime());
  for (const t of answered) t.feedbackDisruptedTherapy = disrupted.take(t.serviceId, trend(DISRUPTED_SHARE.then, DISRUPTED_SHARE.today, t.feedbackAt as Date, now));
}

/** Each ticket's timeline, every body written with its masked rendition as the api writes them. */
function ticketEvents(tickets: readonly TicketEntity[], now: Date): TicketEventEntity[] {
  const masked = new Map<string | null, ReturnType<typeof eventBody>>();
  const withMasked = (body: string | null) => {
    let found = masked.get(body);
    if (!found) masked.set(body, (found = eventBody(body, now)));
    return found;
  };
  const events: Partial<TicketEventEntity>[] = [];
  for (const t of tickets) {
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
  return events.map((e) => Object.assign(new TicketEventEntity(), e, withMasked(e.body ?? null)));
}
