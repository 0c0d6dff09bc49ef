import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { TRAINING_TOPIC_LABELS, topicOfQuestion, type QuestionTopicView, type TrainingTopic } from '@navdesk/contracts';
import type { UserPrincipal } from '@navdesk/server/access';
import { TICKET_READS, type ThemedTicket, type TicketReads } from '@navdesk/server/core';
import { servicesForRead } from '../query/training-scope';

type QuestionRow = ThemedTicket & { reporterName: string };

/**
 * Questions become training: PWPs' confidence tickets ("how do I…") of the last `days`, each linked to
 * a training topic, grouped so a navigator sees what to teach, to whom, and which session to invite them to.
 * Tickets are read through the tickets domain's read port: domains do not import each other.
 */
@Injectable()
export class QuestionTopicsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(TICKET_READS) private readonly tickets: TicketReads,
  ) {}

  async list(user: UserPrincipal, serviceId: string | undefined, days: number, now = new Date()): Promise<QuestionTopicView[]> {
    const services = servicesForRead(user, serviceId);
    if (!services.length) return [];
    const since = new Date(now.getTime() - days * 86_400_000);
    const raised = await this.tickets.raisedWithTheme(this.dataSource.manager, { serviceIds: services, theme: 'confidence', since });
    // Only PWPs' questions count; the names come from the shared users table.
    const pwps: { id: string; name: string }[] = raised.length
      ? await this.dataSource.query(`SELECT id, name FROM users WHERE id = ANY($1) AND role = 'pwp'`, [[...new Set(raised.map((t) => t.reporterId))]])
      : [];
    const names = new Map(pwps.map((u) => [u.id, u.name]));
    const questions: QuestionRow[] = raised.filter((t) => names.has(t.reporterId)).map((t) => ({ ...t, reporterName: names.get(t.reporterId) as string }));
    const byTopic = new Map<TrainingTopic, QuestionRow[]>();
    for (const q of questions) {
      const topic = topicOfQuestion({ title: q.title, description: q.description, category: q.category });
      byTopic.set(topic, [...(byTopic.get(topic) ?? []), q]);
    }
    if (!byTopic.size) return [];
    const trained: { pwp_id: string; topic: TrainingTopic }[] = await this.dataSource.query(
      `SELECT DISTINCT a.pwp_id, m.topic FROM training_attendance a JOIN training_sessions s ON s.id = a.session_id JOIN training_modules m ON m.id = s.module_id
        WHERE a.pwp_id = ANY($1)`,
      [[...new Set(questions.map((q) => q.reporterId))]],
    );
    const trainedOn = new Set(trained.map((t) => `${t.pwp_id}:${t.topic}`));
    const upcoming: { id: string; title: string; starts_at: Date; seats_left: number; topic: TrainingTopic }[] = await this.dataSource.query(
      `SELECT s.id, m.title, s.starts_at, s.capacity - s.booked AS seats_left, m.topic FROM training_sessions s JOIN training_modules m ON m.id = s.module_id
        WHERE s.service_id = ANY($1) AND s.starts_at > $2 AND s.cancelled_at IS NULL AND m.topic = ANY($3) ORDER BY s.starts_at`,
      [services, now, [...byTopic.keys()]],
    );
    return [...byTopic.entries()]
      .map(([topic, rows]) => {
        const askers = new Map<string, { id: string; name: string; questions: number; trained: boolean }>();
        for (const r of rows) {
          const a = askers.get(r.reporterId) ?? { id: r.reporterId, name: r.reporterName, questions: 0, trained: trainedOn.has(`${r.reporterId}:${topic}`) };
          a.questions++;
          askers.set(r.reporterId, a);
        }
        return {
          topic,
          label: TRAINING_TOPIC_LABELS[topic],
          questions: rows.length,
          askers: [...askers.values()].sort((a, b) => b.questions - a.questions || a.name.localeCompare(b.name)),
          recent: rows.slice(0, 5).map((r) => ({ id: r.id, reference: r.reference, title: r.title, createdAt: r.createdAt.toISOString() })),
          upcomingSessions: upcoming.filter((s) => s.topic === topic).slice(0, 5).map((s) => ({ id: s.id, title: s.title, startsAt: new Date(s.starts_at).toISOString(), seatsLeft: Number(s.seats_left) })),
        };
      })
      .sort((a, b) => b.questions - a.questions || a.label.localeCompare(b.label));
  }
}
