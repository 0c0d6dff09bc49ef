import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { FLAG_KINDS, SMALL_NUMBER_LIMIT, type EngagementReport } from '@navdesk/contracts';
import { percent } from '../rules/figure-math';
import { bucketStarts } from '../rules/report-window';
import { suppress, suppressParts } from '../rules/suppression';
import { ENGAGEMENT_FLAGS_SQL, ENGAGEMENT_OTHERS_SQL, ENGAGEMENT_PLAN_SQL, ENGAGEMENT_TOTALS_SQL, ENGAGEMENT_WEEKS_SQL } from './engagement-report.sql';
import type { ReportScope } from './report-scope';

interface EngagementFigures {
  totals: { patients: number; active: number; completed: number };
  plan: { assigned: number; planned: number; completed: number };
  weeks: { start: string; active: number; completed: number }[];
  flags: { kind: string; week: string; raised: number; cleared: number }[];
  others: { changes: number; resets: number };
}

/**
 * Aggregate engagement from the daily rollup (engagement_daily_for_reports, kept by the engagement worker), the
 * patients' plans and the small tables of flags, resets and reminder changes. Counts of patients are
 * suppressed when small, and parts of a whole hide a second cell when one alone could be worked out.
 * Definitions: README "Reports" and docs/report-definitions.md.
 */
@Injectable()
export class EngagementReportService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The unsuppressed headline counts, for figures that are suppressed once they are combined (the overview). */
  async headline(scope: ReportScope): Promise<{ activePatients: number; flagsRaised: number; resetsCompleted: number }> {
    const d = await this.load(scope, false);
    return { activePatients: d.totals.active, flagsRaised: d.flags.reduce((n, f) => n + f.raised, 0), resetsCompleted: d.others.resets };
  }

  async report(scope: ReportScope): Promise<EngagementReport> {
    return this.format(scope, await this.load(scope, true));
  }

  private async load(scope: ReportScope, withPlan: boolean): Promise<EngagementFigures> {
    const args = [scope.serviceIds, scope.from, scope.to];
    const [[totals], [plan], weeks, flags, [others]] = await Promise.all([
      this.dataSource.query(ENGAGEMENT_TOTALS_SQL, args) as Promise<EngagementFigures['totals'][]>,
      withPlan ? (this.dataSource.query(ENGAGEMENT_PLAN_SQL, args) as Promise<EngagementFigures['plan'][]>) : Promise.resolve([]),
      this.dataSource.query(ENGAGEMENT_WEEKS_SQL, args) as Promise<EngagementFigures['weeks']>,
      this.dataSource.query(ENGAGEMENT_FLAGS_SQL, args) as Promise<EngagementFigures['flags']>,
      this.dataSource.query(ENGAGEMENT_OTHERS_SQL, args) as Promise<EngagementFigures['others'][]>,
    ]);
    return {
      totals: totals ?? { patients: 0, active: 0, completed: 0 },
      plan: plan ?? { assigned: 0, planned: 0, completed: 0 },
      weeks,
      flags,
      others: others ?? { changes: 0, resets: 0 },
    };
  }

  private format(scope: ReportScope, { totals, plan, weeks, flags, others }: EngagementFigures): EngagementReport {
    const starts = bucketStarts(scope.from, scope.to, 'week');
    const weekOf = (start: string) => weeks.find((w) => w.start === start);
    const flagsIn = (start: string, field: 'raised' | 'cleared') => flags.filter((f) => f.week === start).reduce((n, f) => n + f[field], 0);
    const ofKind = (kind: string, field: 'raised' | 'cleared') => flags.filter((f) => f.kind === kind).reduce((n, f) => n + f[field], 0);
    const column = (values: number[]) => suppressParts(values).parts;
    const weeklyCompleted = column(starts.map((s) => weekOf(s)?.completed ?? 0));
    const weeklyRaised = column(starts.map((s) => flagsIn(s, 'raised')));
    const weeklyCleared = column(starts.map((s) => flagsIn(s, 'cleared')));
    const kindRaised = column(FLAG_KINDS.map((k) => ofKind(k, 'raised')));
    const kindCleared = column(FLAG_KINDS.map((k) => ofKind(k, 'cleared')));
    // A share of the plans of 1–4 patients would tell about those few: withheld, as their count is.
    const fewPlans = plan.planned > 0 && plan.planned < SMALL_NUMBER_LIMIT;
    return {
      ...scope,
      patients: suppress(totals.patients),
      activePatients: suppress(totals.active),
      modulesCompleted: suppress(totals.completed),
      moduleCompletionRate: fewPlans ? null : percent(plan.completed, plan.assigned),
      flags: FLAG_KINDS.map((kind, i) => ({ kind, raised: kindRaised[i] ?? 0, cleared: kindCleared[i] ?? 0 })),
      notificationChanges: suppress(others.changes),
      resetsCompleted: suppress(others.resets),
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
