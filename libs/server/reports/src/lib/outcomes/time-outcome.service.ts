import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { BriefOpeningFigures, TimeOutcome } from '@navdesk/contracts';
import { percent } from '../rules/figure-math';
import { median, outcomeFigure, type Measure } from './outcome-figure';
import { inEitherPeriod, outcomeParams, periodOf, type OutcomeScope, type PeriodName } from './outcome-periods';

type Figures = Omit<TimeOutcome, 'headline'>;

/**
 * Face-to-face sessions of these services' patients that started in either period (and by now) and were
 * not marked missed by the records feed (`attended = false`; null counts as held), with
 * the first time the patient's PWP opened the brief for that session before it started, per PWP.
 */
const SESSIONS_SQL = `
  WITH s AS (
    SELECT p.service_id, p.pwp_id, ${periodOf('ps.starts_at')} AS period, ps.starts_at,
           (SELECT min(o.opened_at) FROM brief_openings_for_reports o
             WHERE o.patient_id = ps.patient_id AND o.session_starts_at = ps.starts_at AND o.user_id = p.pwp_id AND o.opened_at < ps.starts_at) AS first_opened
      FROM patient_sessions ps JOIN patients p ON p.id = ps.patient_id
     WHERE p.service_id = ANY($1) AND ps.mode = 'face_to_face' AND ps.attended IS DISTINCT FROM false AND ${inEitherPeriod('ps.starts_at')} AND ps.starts_at <= $5)
  SELECT service_id, pwp_id, period, count(*)::int AS sessions,
         coalesce(array_agg(floor(extract(epoch FROM starts_at - first_opened) / 60)::int) FILTER (WHERE first_opened IS NOT NULL), '{}') AS minutes
    FROM s GROUP BY 1, 2, 3`;

interface SessionRow {
  service_id: string;
  pwp_id: string;
  period: PeriodName;
  sessions: number;
  /** Minutes before the start, one per session opened before it. */
  minutes: number[];
}

function briefFigures(rows: SessionRow[]): BriefOpeningFigures {
  const measures = (period: PeriodName) => {
    const mine = rows.filter((r) => r.period === period);
    const sessions = mine.reduce((n, r) => n + r.sessions, 0);
    const minutes = mine.flatMap((r) => r.minutes);
    const opened: Measure = { value: percent(minutes.length, sessions), base: sessions };
    const before: Measure = { value: median(minutes), base: minutes.length };
    return { opened, before };
  };
  const [current, previous] = [measures('current'), measures('previous')];
  return {
    openedBeforeSession: outcomeFigure(current.opened, previous.opened, 'up'),
    medianMinutesBefore: outcomeFigure(current.before, previous.before, 'up'),
  };
}

/** Time: do PWPs read the brief before the session? Definitions: docs/report-definitions.md, "Outcomes". */
@Injectable()
export class TimeOutcomeService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** `perPwp`: navigators see each PWP's figures; managers get null (they see services, not people). */
  async figures(scope: OutcomeScope, perPwp: boolean): Promise<Figures> {
    const rows: SessionRow[] = await this.dataSource.query(SESSIONS_SQL, outcomeParams(scope));
    const services: { id: string; name: string }[] = await this.dataSource.query(`SELECT id, name FROM services WHERE id = ANY($1) ORDER BY name, id`, [scope.serviceIds]);
    const pwpIds = [...new Set(rows.map((r) => r.pwp_id))];
    const pwps: { id: string; name: string }[] = perPwp && pwpIds.length ? await this.dataSource.query(`SELECT id, name FROM users WHERE id = ANY($1) ORDER BY name, id`, [pwpIds]) : [];
    return {
      ...briefFigures(rows),
      byService: services.map((s) => ({ serviceId: s.id, serviceName: s.name, ...briefFigures(rows.filter((r) => r.service_id === s.id)) })),
      byPwp: perPwp ? pwps.map((u) => ({ pwpId: u.id, pwpName: u.name, ...briefFigures(rows.filter((r) => r.pwp_id === u.id)) })) : null,
    };
  }
}
