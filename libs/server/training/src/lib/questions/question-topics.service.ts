import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { TRAINING_TOPIC_LABELS, type QuestionTopicView, type TrainingTopic } from '@navdesk/contracts';
import type { UserPrincipal } from '@navdesk/server/access';
import { servicesForRead } from '../query/training-scope';
import { topicOfQuestion } from '../rules/question-topic';

interface QuestionRow {
  id: string;
  reference: string;
  title: string;
  description: string;
  category: string | null;
  created_at: Date;
  reporter_id: string;
  reporter_name: string;
}

/**
 * Questions become training: PWPs' confidence tickets ("how do I…") of the last `days`, each linked to
 * a training topic, grouped so a navigator sees what to teach, to whom, and which session to invite them to.
 * Tickets are read with SQL, not the tickets domain's classes: domains do not import each other.
 */
@Injectable()
export class QuestionTopicsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(user: UserPrincipal, serviceId: string | undefined, days: number, now = new Date()): Promise<QuestionTopicView[]> {
    const services = servicesForRead(user, serviceId);
    if (!services.length) return [];
    const since = new Date(now.getTime() - days * 86_400_000);
    const questions: QuestionRow[] = await this.dataSource.query(
      `SELECT t.id, t.reference, t.title, t.description, t.category, t.created_at, t.reporter_id, u.name AS reporter_name
         FROM tickets t JOIN users u ON u.id = t.reporter_id
        WHERE t.service_id = ANY($1) AND t.theme = 'confidence' AND t.created_at >= $2 AND u.role = 'pwp'
        ORDER BY t.created_at DESC`,
      [services, since],
    );
    const byTopic = new Map<TrainingTopic, QuestionRow[]>();
    for (const q of questions) {
      const topic = topicOfQuestion({ title: q.title, description: q.description, category: q.category });
      byTopic.set(topic, [...(byTopic.get(topic) ?? []), q]);
    }
    if (!byTopic.size) return [];
    const trained: { pwp_id: string; topic: TrainingTopic }[] = await this.dataSource.query(
      `SELECT DISTINCT a.pwp_id, m.topic FROM training_attendance a JOIN training_sessions s ON s.id = a.session_id JOIN training_modules m ON m.id = s.module_id
        WHERE a.pwp_id = ANY($1)`,
      [[...new Set(questions.map((q) => q.reporter_id))]],
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
          const a = askers.get(r.reporter_id) ?? { id: r.reporter_id, name: r.reporter_name, questions: 0, trained: trainedOn.has(`${r.reporter_id}:${topic}`) };
          a.questions++;
          askers.set(r.reporter_id, a);
        }
        return {
          topic,
          label: TRAINING_TOPIC_LABELS[topic],
          questions: rows.length,
          askers: [...askers.values()].sort((a, b) => b.questions - a.questions || a.name.localeCompare(b.name)),
          recent: rows.slice(0, 5).map((r) => ({ id: r.id, reference: r.reference, title: r.title, createdAt: new Date(r.created_at).toISOString() })),
          upcomingSessions: upcoming.filter((s) => s.topic === topic).slice(0, 5).map((s) => ({ id: s.id, title: s.title, startsAt: new Date(s.starts_at).toISOString(), seatsLeft: Number(s.seats_left) })),
        };
      })
      .sort((a, b) => b.questions - a.questions || a.label.localeCompare(b.label));
  }
}
