import { Injectable } from '@nestjs/common';
import type { PatientCount, ReportsOverview } from '@navdesk/contracts';
import { percent } from '../rules/figure-math';
import { addDays, bucketStart } from '../rules/report-window';
import { suppress } from '../rules/suppression';
import { EngagementReportService } from './engagement-report.service';
import { OperationsReportService } from './operations-report.service';
import { londonToday } from './report-scope';
import { TrainingReportService } from './training-report.service';
import { UsabilityTrendsService } from './usability-trends.service';

/**
 * This week so far against the same days of last week (a fair comparison on a Tuesday as on a
 * Friday): the headline figures of each report, for a manager's landing page and the Monday digest.
 */
@Injectable()
export class OverviewService {
  constructor(
    private readonly trends: UsabilityTrendsService,
    private readonly operations: OperationsReportService,
    private readonly engagement: EngagementReportService,
    private readonly training: TrainingReportService,
  ) {}

  async overview(serviceIds: string[], now = new Date(), completeWeeks = false): Promise<ReportsOverview> {
    const today = londonToday(now);
    const monday = bucketStart(today, 'week');
    // Windows are London days, both ends inclusive. The digest (on a Monday) compares the week just
    // ended, Monday to Sunday, with the one before it; the home page this week so far with the same days of last week.
    const thisWeek = completeWeeks ? { from: addDays(monday, -7), to: addDays(monday, -1) } : { from: monday, to: today };
    const lastWeek = { from: addDays(thisWeek.from, -7), to: addDays(thisWeek.to, -7) };
    const [a, b] = await Promise.all([this.figures(serviceIds, thisWeek), this.figures(serviceIds, lastWeek)]);
    return {
      serviceIds,
      thisWeek,
      lastWeek,
      figures: FIGURES.map((f) => ({ key: f.key, label: f.label, thisWeek: a[f.key], lastWeek: b[f.key], betterWhen: f.betterWhen })),
    };
  }

  private async figures(serviceIds: string[], window: { from: string; to: string }): Promise<Record<FigureKey, PatientCount>> {
    const scope = { ...window, serviceIds };
    const [trends, sla, engagement, training] = await Promise.all([
      this.trends.report(scope, 'week', 'theme'),
      this.operations.slaTotals(scope),
      this.engagement.headline(scope),
      this.training.report(scope),
    ]);
    return {
      tickets: trends.buckets.reduce((n, bucket) => n + bucket.total, 0),
      notFixable: trends.buckets.reduce((n, bucket) => n + bucket.notFixable, 0),
      // From the counts, not from each service's rounded percentage; 0 when nothing raised in the window is resolved yet.
      slaMet: percent(sla.slaMet, sla.resolved) ?? 0,
      activePatients: suppress(engagement.activePatients),
      flagsRaised: suppress(engagement.flagsRaised),
      resetsCompleted: suppress(engagement.resetsCompleted),
      trainingAttendances: training.attendances,
    };
  }
}

type FigureKey = 'tickets' | 'notFixable' | 'slaMet' | 'activePatients' | 'flagsRaised' | 'resetsCompleted' | 'trainingAttendances';

const FIGURES: { key: FigureKey; label: string; betterWhen: 'up' | 'down' }[] = [
  { key: 'tickets', label: 'Tickets raised', betterWhen: 'down' },
  { key: 'notFixable', label: 'Tickets needing the vendor (not fixable locally)', betterWhen: 'down' },
  { key: 'slaMet', label: 'SLA met (% of tickets resolved)', betterWhen: 'up' },
  { key: 'activePatients', label: 'Patients active online', betterWhen: 'up' },
  { key: 'flagsRaised', label: 'Flags raised on patients', betterWhen: 'down' },
  { key: 'resetsCompleted', label: 'Log-in resets completed', betterWhen: 'up' },
  { key: 'trainingAttendances', label: 'Training attendances', betterWhen: 'up' },
];
