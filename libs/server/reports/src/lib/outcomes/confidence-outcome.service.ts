import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { topicOfQuestion, type ConfidenceOutcome, type TrainingTopic } from '@navdesk/contracts';
import { atInWindow } from '../query/window-sql';
import { mean } from '../rules/figure-math';
import { isSmall, suppress } from '../rules/suppression';
import { outcomeFigure } from './outcome-figure';
import { inEitherPeriod, outcomeParams, periodOf, type OutcomeScope, type PeriodName } from './outcome-periods';

type Figures = Omit<ConfidenceOutcome, 'headline'>;

/** A month either side of a PWP's training, for counting their questions. */
export const QUESTION_MONTH_MS = 30 * 86_400_000;

/** Attendance at these services' sessions held (not cancelled) in either period, per training module. */
const CHANGE_SQL = `
  SELECT m.id AS module_id, m.title, ${periodOf('s.starts_at')} AS period, count(*)::int AS attendances, sum(a.confidence_after - a.confidence_before)::int AS change_sum
    FROM training_attendance_for_reports a
    JOIN training_sessions_for_reports s ON s.id = a.session_id
    JOIN training_modules_for_reports m ON m.id = s.module_id
   WHERE s.service_id = ANY($1) AND s.cancelled_at IS NULL AND ${inEitherPeriod('s.starts_at')}
   GROUP BY 1, 2, 3`;

/**
 * Each PWP's first training on each topic in the current period (sessions of these services, not
 * cancelled), once the month after it is over ($4: now less that month).
 */
const TRAINED_SQL = `
  SELECT a.pwp_id, m.topic::text AS topic, min(s.starts_at) AS trained_at
    FROM training_attendance_for_reports a
    JOIN training_sessions_for_reports s ON s.id = a.session_id
    JOIN training_modules_for_reports m ON m.id = s.module_id
    JOIN users u ON u.id = a.pwp_id AND u.role = 'pwp'
   WHERE s.service_id = ANY($1) AND s.cancelled_at IS NULL AND ${atInWindow('s.starts_at')}
   GROUP BY 1, 2
  HAVING min(s.starts_at) <= $4`;

/** Those PWPs' confidence tickets ("how do I…") in these services, with the masked text their topic is read from. */
const QUESTIONS_SQL = `
  SELECT t.reporter_id, t.created_at, t.category::text AS category, x.title_masked, x.description_masked
    FROM tickets_for_reports t JOIN ticket_texts_for_reports x ON x.id = t.id
   WHERE t.service_id = ANY($1) AND t.theme = 'confidence' AND t.reporter_id = ANY($2) AND t.created_at >= $3 AND t.created_at < $4`;

interface Trained {
  pwp_id: string;
  topic: TrainingTopic;
  trained_at: Date;
}

interface Question {
  reporterId: string;
  createdAt: number;
  topic: TrainingTopic;
}

/** Confidence: do PWPs feel surer after training, and ask fewer "how do I…" questions? Definitions: docs/report-definitions.md, "Outcomes". */
@Injectable()
export class ConfidenceOutcomeService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async figures(scope: OutcomeScope): Promise<Figures> {
    const changes: { module_id: string; title: string; period: PeriodName; attendances: number; change_sum: number }[] = await this.dataSource.query(CHANGE_SQL, outcomeParams(scope).slice(0, 4));
    const modules = [...new Map(changes.map((c) => [c.module_id, c.title])).entries()].sort(([a, ta], [b, tb]) => ta.localeCompare(tb) || a.localeCompare(b));
    const change = (moduleId: string, period: PeriodName) => {
      const row = changes.find((c) => c.module_id === moduleId && c.period === period);
      return { value: mean(row?.change_sum ?? 0, row?.attendances ?? 0), base: row?.attendances ?? 0 };
    };
    return {
      meanChangeByModule: modules.map(([moduleId, title]) => ({ moduleId, title, figure: outcomeFigure(change(moduleId, 'current'), change(moduleId, 'previous'), 'up') })),
      howDoIPerPwpMonth: await this.questionsAroundTraining(scope),
    };
  }

  private async questionsAroundTraining(scope: OutcomeScope): Promise<Figures['howDoIPerPwpMonth']> {
    const trained: Trained[] = await this.dataSource.query(TRAINED_SQL, [scope.serviceIds, scope.current.from, scope.current.to, new Date(scope.now.getTime() - QUESTION_MONTH_MS)]);
    const pwps = new Set(trained.map((t) => t.pwp_id)).size;
    if (!pwps) return { before: null, after: null, pwps: 0, suppressed: false };
    const times = trained.map((t) => new Date(t.trained_at).getTime());
    const rows: { reporter_id: string; created_at: Date; category: string | null; title_masked: string; description_masked: string }[] = await this.dataSource.query(QUESTIONS_SQL, [
      scope.serviceIds,
      [...new Set(trained.map((t) => t.pwp_id))],
      new Date(Math.min(...times) - QUESTION_MONTH_MS),
      new Date(Math.max(...times) + QUESTION_MONTH_MS),
    ]);
    const questions: Question[] = rows.map((r) => ({
      reporterId: r.reporter_id,
      createdAt: new Date(r.created_at).getTime(),
      topic: topicOfQuestion({ title: r.title_masked, description: r.description_masked, category: r.category }),
    }));
    const around = (t: Trained, side: 'before' | 'after') => {
      const at = new Date(t.trained_at).getTime();
      const [from, to] = side === 'before' ? [at - QUESTION_MONTH_MS, at] : [at, at + QUESTION_MONTH_MS];
      return questions.filter((q) => q.reporterId === t.pwp_id && q.topic === t.topic && q.createdAt >= from && q.createdAt < to).length;
    };
    const small = isSmall(pwps);
    const perPwp = (side: 'before' | 'after') => (small ? null : mean(trained.reduce((n, t) => n + around(t, side), 0), pwps));
    return { before: perPwp('before'), after: perPwp('after'), pwps: suppress(pwps), suppressed: small };
  }
}
