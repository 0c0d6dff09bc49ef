import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { THEMES, TICKET_CATEGORIES, type ReportGrouping, type ReportInterval, type UsabilityTrendsReport } from '@navdesk/contracts';
import { bucketStarts } from '../rules/report-window';
import type { ReportScope } from './report-scope';
import { atInWindow, dayInWindow } from './window-sql';

interface TrendRow {
  start: string;
  key: string;
  tickets: number;
  fixable: number;
  not_fixable: number;
}

/** Where the counts come from: the rollup (what the api serves) or the raw tickets (the benchmark's baseline, and tests). */
export type TrendSource = 'rollups' | 'raw';

const trendSql = (source: TrendSource, dimension: ReportGrouping) => {
  const key = dimension === 'theme' ? 'theme' : 'category';
  if (source === 'rollups') {
    return `SELECT date_trunc($4, day)::date::text AS start, key, sum(tickets)::int AS tickets, sum(fixable)::int AS fixable, sum(not_fixable)::int AS not_fixable
              FROM report_ticket_daily WHERE dimension = '${key}' AND service_id = ANY($1) AND ${dayInWindow('day')} GROUP BY 1, 2`;
  }
  return `SELECT date_trunc($4, (created_at AT TIME ZONE 'Europe/London')::date)::date::text AS start, coalesce(${key}::text, 'none') AS key, count(*)::int AS tickets,
                 count(*) FILTER (WHERE fixability = 'fixable')::int AS fixable, count(*) FILTER (WHERE fixability = 'not_fixable')::int AS not_fixable
            FROM tickets_for_reports WHERE service_id = ANY($1) AND ${atInWindow('created_at')}
           GROUP BY 1, 2`;
};

/** Tickets per bucket by theme or category, with fixable and not fixable, for the study's four themes. */
@Injectable()
export class UsabilityTrendsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async report(scope: ReportScope, interval: ReportInterval, groupBy: ReportGrouping, source: TrendSource = 'rollups'): Promise<UsabilityTrendsReport> {
    const rows: TrendRow[] = scope.serviceIds.length ? await this.dataSource.query(trendSql(source, groupBy), [scope.serviceIds, scope.from, scope.to, interval]) : [];
    const keys: string[] = [...(groupBy === 'theme' ? THEMES : TICKET_CATEGORIES)];
    if (rows.some((r) => r.key === 'none' && r.tickets > 0)) keys.push('untriaged');
    const buckets = new Map(bucketStarts(scope.from, scope.to, interval).map((start) => [start, { start, counts: Object.fromEntries(keys.map((k) => [k, 0])) as Record<string, number>, fixable: 0, notFixable: 0, total: 0 }]));
    for (const r of rows) {
      const bucket = buckets.get(r.start);
      if (!bucket) continue;
      const key = r.key === 'none' ? 'untriaged' : r.key;
      bucket.counts[key] = (bucket.counts[key] ?? 0) + r.tickets;
      bucket.fixable += r.fixable;
      bucket.notFixable += r.not_fixable;
      bucket.total += r.tickets;
    }
    return { ...scope, interval, groupBy, buckets: [...buckets.values()] };
  }
}
