import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { FLAG_KINDS, type EngagementReport } from '@navdesk/contracts';
import { bucketStarts } from '../rules/report-window';
import { suppress, suppressParts } from '../rules/suppression';
import type { ReportScope } from './report-scope';

const LONDON_DAY = (column: string) => `(${column} AT TIME ZONE 'Europe/London')::date`;

/**
 * Aggregate engagement from the daily rollup (engagement_daily, kept by the engagement worker) and the
 * small tables of flags, resets and reminder changes. Counts of patients are suppressed when small, and
 * parts of a whole hide a second cell when one alone could be worked out.
 */
@Injectable()
export class EngagementReportService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The unsuppressed headline counts, for figures that are suppressed once they are combined (the overview). */
  async headline(scope: ReportScope): Promise<{ activePatients: number; flagsRaised: number; resetsCompleted: number }> {
    const d = await this.load(scope);
    return { activePatients: d.totals?.active ?? 0, flagsRaised: d.flags.reduce((n, f) => n + f.raised, 0), resetsCompleted: d.others?.resets ?? 0 };
  }

  async report(scope: ReportScope): Promise<EngagementReport> {
    const { totals, weeks, flags, others } = await this.load(scope);
    return this.format(scope, totals, weeks, flags, others);
  }

  private async load(scope: ReportScope) {
    const args = [scope.serviceIds, scope.from, scope.to];
    const [totals] = (await this.dataSource.query(
      `SELECT (SELECT count(*)::int FROM patients WHERE service_id = ANY($1) AND created_at < ($3::date::timestamp AT TIME ZONE 'Europe/London')) AS patients,
              count(DISTINCT patient_id) FILTER (WHERE logins > 0)::int AS active, coalesce(sum(modules_completed), 0)::int AS completed, coalesce(sum(modules_started), 0)::int AS started
         FROM engagement_daily WHERE service_id = ANY($1) AND day >= $2::date AND day < $3::date`,
      args,
    )) as { patients: number; active: number; completed: number; started: number }[];
    const weeks: { start: string; active: number; completed: number }[] = await this.dataSource.query(
      `SELECT date_trunc('week', day)::date::text AS start, count(DISTINCT patient_id) FILTER (WHERE logins > 0)::int AS active, sum(modules_completed)::int AS completed
         FROM engagement_daily WHERE service_id = ANY($1) AND day >= $2::date AND day < $3::date GROUP BY 1`,
      args,
    );
    const flags: { kind: string; week: string; raised: number; cleared: number }[] = await this.dataSource.query(
      `SELECT kind::text AS kind, week::text AS week, sum(raised)::int AS raised, sum(cleared)::int AS cleared FROM (
         SELECT kind, date_trunc('week', ${LONDON_DAY('raised_at')})::date AS week, 1 AS raised, 0 AS cleared FROM patient_flags
          WHERE service_id = ANY($1) AND ${LONDON_DAY('raised_at')} >= $2::date AND ${LONDON_DAY('raised_at')} < $3::date
         UNION ALL
         SELECT kind, date_trunc('week', ${LONDON_DAY('cleared_at')})::date, 0, 1 FROM patient_flags
          WHERE service_id = ANY($1) AND cleared_at IS NOT NULL AND ${LONDON_DAY('cleared_at')} >= $2::date AND ${LONDON_DAY('cleared_at')} < $3::date) f
       GROUP BY 1, 2`,
      args,
    );
    const [others] = (await this.dataSource.query(
      `SELECT (SELECT count(DISTINCT patient_id)::int FROM notification_changes WHERE service_id = ANY($1) AND status = 'applied' AND ${LONDON_DAY('created_at')} >= $2::date AND ${LONDON_DAY('created_at')} < $3::date) AS changes,
              (SELECT count(*)::int FROM login_resets WHERE service_id = ANY($1) AND status = 'completed' AND ${LONDON_DAY('completed_at')} >= $2::date AND ${LONDON_DAY('completed_at')} < $3::date) AS resets`,
      args,
    )) as { changes: number; resets: number }[];
    return { totals, weeks, flags, others };
  }

  private format(
    scope: ReportScope,
    totals: { patients: number; active: number; completed: number; started: number } | undefined,
    weeks: { start: string; active: number; completed: number }[],
    flags: { kind: string; week: string; raised: number; cleared: number }[],
    others: { changes: number; resets: number } | undefined,
  ): EngagementReport {
    const starts = bucketStarts(scope.from, scope.to, 'week');
    const weekOf = (start: string) => weeks.find((w) => w.start === start);
    const flagsIn = (start: string, field: 'raised' | 'cleared') => flags.filter((f) => f.week === start).reduce((n, f) => n + f[field], 0);
    const column = (values: number[]) => suppressParts(values).parts;
    const weeklyCompleted = column(starts.map((s) => weekOf(s)?.completed ?? 0));
    const weeklyRaised = column(starts.map((s) => flagsIn(s, 'raised')));
    const weeklyCleared = column(starts.map((s) => flagsIn(s, 'cleared')));
    const kindRaised = suppressParts(FLAG_KINDS.map((k) => flags.filter((f) => f.kind === k).reduce((n, f) => n + f.raised, 0))).parts;
    const kindCleared = suppressParts(FLAG_KINDS.map((k) => flags.filter((f) => f.kind === k).reduce((n, f) => n + f.cleared, 0))).parts;
    return {
      ...scope,
      patients: suppress(totals?.patients ?? 0),
      activePatients: suppress(totals?.active ?? 0),
      modulesCompleted: suppress(totals?.completed ?? 0),
      moduleCompletionRate: totals?.started ? Math.round(((totals.completed ?? 0) / totals.started) * 1000) / 10 : null,
      flags: FLAG_KINDS.map((kind, i) => ({ kind, raised: kindRaised[i] ?? 0, cleared: kindCleared[i] ?? 0 })),
      notificationChanges: suppress(others?.changes ?? 0),
      resetsCompleted: suppress(others?.resets ?? 0),
      weeks: starts.map((start, i) => ({
        start,
        activePatients: suppress(weekOf(start)?.active ?? 0),
        modulesCompleted: weeklyCompleted[i] ?? 0,
        flagsRaised: weeklyRaised[i] ?? 0,
        flagsCleared: weeklyCleared[i] ?? 0,
      })),
    };
  }
}
