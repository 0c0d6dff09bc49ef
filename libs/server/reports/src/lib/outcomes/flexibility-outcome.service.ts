import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { programmeModuleTitle, type FlexibilityOutcome } from '@navdesk/contracts';
import { atInWindow } from '../query/window-sql';
import { percent } from '../rules/figure-math';
import { suppressParts } from '../rules/suppression';
import { median, oneDecimal, outcomeFigure, type Measure } from './outcome-figure';
import { inEitherPeriod, outcomeParams, periodEnd, periodOf, type OutcomeScope, type PeriodName } from './outcome-periods';

type Figures = Omit<FlexibilityOutcome, 'headline'>;

/** Tailoring requests decided in either period: hours to the decision, approved, applied in the programme. */
const DECISIONS_SQL = `
  SELECT ${periodOf('decided_at')} AS period, extract(epoch FROM decided_at - created_at) / 3600 AS hours,
         decision = 'approved' AS approved, applied_at IS NOT NULL AS applied
    FROM tailoring_requests_for_reports
   WHERE service_id = ANY($1) AND decided_at IS NOT NULL AND ${inEitherPeriod('decided_at')}`;

/** Skip and replace requests made in the current period, per module asked away. */
const ASKED_AWAY_SQL = `
  SELECT module_id, count(*)::int AS requests
    FROM tailoring_requests_for_reports
   WHERE service_id = ANY($1) AND action IN ('skip', 'replace') AND ${atInWindow('created_at')}
   GROUP BY 1`;

/**
 * Patients who started a programme module in either period (once per patient, module and period):
 * whether they completed it before the period ended, and whether the module came into their plan by an
 * applied tailoring request (added, or the replacement) before the period ended.
 */
const STARTS_SQL = `
  WITH started AS (
    SELECT DISTINCT patient_id, module_id, ${periodOf('occurred_at')} AS period
      FROM engagement_events_for_reports
     WHERE service_id = ANY($1) AND type = 'module_started' AND module_id IS NOT NULL AND ${inEitherPeriod('occurred_at')})
  SELECT s.module_id, s.period,
         EXISTS (SELECT 1 FROM engagement_events_for_reports c
                  WHERE c.patient_id = s.patient_id AND c.module_id = s.module_id AND c.type = 'module_completed' AND c.occurred_at < ${periodEnd('s.period')}) AS completed,
         EXISTS (SELECT 1 FROM tailoring_requests_for_reports r
                  WHERE r.patient_id = s.patient_id AND r.applied_at IS NOT NULL AND r.applied_at < ${periodEnd('s.period')}
                    AND ((r.action = 'add' AND r.module_id = s.module_id) OR (r.action = 'replace' AND r.replacement_module_id = s.module_id))) AS tailored
    FROM started s`;

interface DecisionRow {
  period: PeriodName;
  hours: number;
  approved: boolean;
  applied: boolean;
}

interface StartRow {
  module_id: string;
  period: PeriodName;
  completed: boolean;
  tailored: boolean;
}

function decisionMeasures(rows: DecisionRow[], period: PeriodName): { hours: Measure; approved: Measure; applied: Measure } {
  const decided = rows.filter((r) => r.period === period);
  const approved = decided.filter((r) => r.approved);
  return {
    hours: { value: oneDecimal(median(decided.map((r) => Number(r.hours)))), base: decided.length },
    approved: { value: percent(approved.length, decided.length), base: decided.length },
    applied: { value: percent(approved.filter((r) => r.applied).length, approved.length), base: approved.length },
  };
}

const dropOut = (rows: StartRow[]): Measure => ({ value: percent(rows.filter((r) => !r.completed).length, rows.length), base: rows.length });

/** Flexibility: are tailoring decisions quick, and do tailored modules keep patients? Definitions: docs/report-definitions.md, "Outcomes". */
@Injectable()
export class FlexibilityOutcomeService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async figures(scope: OutcomeScope): Promise<Figures> {
    const args = outcomeParams(scope).slice(0, 4);
    const decisions: DecisionRow[] = await this.dataSource.query(DECISIONS_SQL, args);
    const away: { module_id: string; requests: number }[] = await this.dataSource.query(ASKED_AWAY_SQL, [scope.serviceIds, scope.current.from, scope.current.to]);
    const starts: StartRow[] = await this.dataSource.query(STARTS_SQL, args);
    const [current, previous] = [decisionMeasures(decisions, 'current'), decisionMeasures(decisions, 'previous')];
    const shown = suppressParts(away.map((m) => m.requests)).parts;
    const modules = [...new Set(starts.map((s) => s.module_id))];
    const startsOf = (moduleId: string, period: PeriodName, tailored: boolean) => starts.filter((s) => s.module_id === moduleId && s.period === period && s.tailored === tailored);
    return {
      medianHoursToDecision: outcomeFigure(current.hours, previous.hours, 'down'),
      approvedShare: outcomeFigure(current.approved, previous.approved, 'up'),
      appliedShare: outcomeFigure(current.applied, previous.applied, 'up'),
      topAskedAway: away
        .map((m, i) => ({ moduleId: m.module_id, title: programmeModuleTitle(m.module_id), requests: shown[i] ?? 0, n: m.requests }))
        .sort((a, b) => b.n - a.n || a.title.localeCompare(b.title))
        .map(({ moduleId, title, requests }) => ({ moduleId, title, requests })),
      dropOutByModule: modules
        .map((moduleId) => ({
          moduleId,
          title: programmeModuleTitle(moduleId),
          tailored: outcomeFigure(dropOut(startsOf(moduleId, 'current', true)), dropOut(startsOf(moduleId, 'previous', true)), 'down'),
          notTailored: outcomeFigure(dropOut(startsOf(moduleId, 'current', false)), dropOut(startsOf(moduleId, 'previous', false)), 'down'),
        }))
        .sort((a, b) => a.title.localeCompare(b.title) || a.moduleId.localeCompare(b.moduleId)),
    };
  }
}
