import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { THEMES, type FunctionalityOutcome, type Theme } from '@navdesk/contracts';
import { atInWindow, londonDay } from '../query/window-sql';
import { percent } from '../rules/figure-math';
import { median, outcomeFigure, type Measure } from './outcome-figure';
import { inEitherPeriod, outcomeParams, periodOf, type OutcomeScope, type PeriodName } from './outcome-periods';

type Figures = Omit<FunctionalityOutcome, 'headline'>;

/**
 * Patient-related tickets raised in either period whose patient's next face-to-face session (the first
 * one starting after the ticket was raised) has started by now: whether the ticket was resolved before it.
 */
const BEFORE_NEXT_SESSION_SQL = `
  SELECT period, count(*)::int AS base, count(*) FILTER (WHERE resolved_at IS NOT NULL AND resolved_at < next_session)::int AS hits
    FROM (SELECT ${periodOf('t.created_at')} AS period, t.resolved_at,
                 (SELECT min(s.starts_at) FROM patient_sessions s WHERE s.patient_id = t.patient_id AND s.mode = 'face_to_face' AND s.starts_at > t.created_at) AS next_session
            FROM tickets_for_reports t
           WHERE t.service_id = ANY($1) AND t.patient_id IS NOT NULL AND ${inEitherPeriod('t.created_at')}) x
   WHERE next_session <= $5
   GROUP BY 1`;

/** Tickets resolved in either period whose reporter answered the feedback: how many said it disrupted therapy. */
const DISRUPTED_SQL = `
  SELECT ${periodOf('resolved_at')} AS period, count(*)::int AS base, count(*) FILTER (WHERE feedback_disrupted_therapy)::int AS hits
    FROM tickets_for_reports
   WHERE service_id = ANY($1) AND feedback_disrupted_therapy IS NOT NULL AND ${inEitherPeriod('resolved_at')}
   GROUP BY 1`;

/** Whole minutes from raised to resolved, of tickets resolved in either period, by theme. */
const RESOLUTION_SQL = `
  SELECT ${periodOf('resolved_at')} AS period, theme::text AS theme, floor(extract(epoch FROM resolved_at - created_at) / 60)::int AS minutes
    FROM tickets_for_reports
   WHERE service_id = ANY($1) AND theme IS NOT NULL AND ${inEitherPeriod('resolved_at')}`;

/** Tickets raised in either period ($2: the previous period's first day, $3: the current one's last), fixable and not fixable, by London month of raising. */
const FIXABILITY_SQL = `
  SELECT to_char(${londonDay('created_at')}, 'YYYY-MM') AS month,
         count(*) FILTER (WHERE fixability = 'fixable')::int AS fixable, count(*) FILTER (WHERE fixability = 'not_fixable')::int AS not_fixable
    FROM tickets_for_reports
   WHERE service_id = ANY($1) AND ${atInWindow('created_at')}
   GROUP BY 1`;

interface ShareRow {
  period: PeriodName;
  base: number;
  hits: number;
}

const share = (rows: ShareRow[], period: PeriodName): Measure => {
  const row = rows.find((r) => r.period === period);
  return { value: percent(row?.hits ?? 0, row?.base ?? 0), base: row?.base ?? 0 };
};

/** Every month ('YYYY-MM') that overlaps the days `from` to `to`, in order. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const key = () => `${year}-${String(month).padStart(2, '0')}`;
  while (key() <= to.slice(0, 7)) {
    months.push(key());
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return months;
}

/** Functionality: are technical faults stopping therapy less? Definitions: docs/report-definitions.md, "Outcomes". */
@Injectable()
export class FunctionalityOutcomeService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async figures(scope: OutcomeScope): Promise<Figures> {
    const args = outcomeParams(scope);
    const beforeSession: ShareRow[] = await this.dataSource.query(BEFORE_NEXT_SESSION_SQL, args);
    const disrupted: ShareRow[] = await this.dataSource.query(DISRUPTED_SQL, args.slice(0, 4));
    const resolutions: { period: PeriodName; theme: Theme; minutes: number }[] = await this.dataSource.query(RESOLUTION_SQL, args.slice(0, 4));
    const fixability: { month: string; fixable: number; not_fixable: number }[] = await this.dataSource.query(FIXABILITY_SQL, [scope.serviceIds, scope.previous.from, scope.current.to]);
    const minutes = (theme: Theme, period: PeriodName): Measure => {
      const values = resolutions.filter((r) => r.theme === theme && r.period === period).map((r) => r.minutes);
      return { value: median(values), base: values.length };
    };
    return {
      resolvedBeforeNextSession: outcomeFigure(share(beforeSession, 'current'), share(beforeSession, 'previous'), 'up'),
      disruptedTherapy: outcomeFigure(share(disrupted, 'current'), share(disrupted, 'previous'), 'down'),
      medianResolutionMinutesByTheme: THEMES.filter((theme) => resolutions.some((r) => r.theme === theme)).map((theme) => ({
        theme,
        figure: outcomeFigure(minutes(theme, 'current'), minutes(theme, 'previous'), 'down'),
      })),
      fixabilityByMonth: monthsBetween(scope.previous.from, scope.current.to).map((month) => {
        const row = fixability.find((f) => f.month === month);
        return { month, fixable: row?.fixable ?? 0, notFixable: row?.not_fixable ?? 0 };
      }),
    };
  }
}
