import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { ReportsOverview } from '@navdesk/contracts';
import { AuditService } from '@navdesk/server/audit';
import { APP_CONFIG, type AppConfig } from '@navdesk/server/core';
import { MailTransport } from '@navdesk/server/mail';
import { OverviewService } from '../query/overview.service';

/** The e-mail's text: headline figures of the week just ended against the week before, aggregates only. */
export function digestBody(name: string, overview: ReportsOverview, reportsUrl: string): string {
  const lines = overview.figures.map((f) => {
    const trend = typeof f.thisWeek === 'number' && typeof f.lastWeek === 'number' && f.thisWeek !== f.lastWeek ? ((f.thisWeek > f.lastWeek) === (f.betterWhen === 'up') ? ' (better)' : ' (worse)') : '';
    return `- ${f.label}: ${f.thisWeek} (the week before: ${f.lastWeek})${trend}`;
  });
  return [
    `Hello ${name},`,
    '',
    `Navdesk's week of ${overview.thisWeek.from} to ${overview.thisWeek.to} (both days included) for your services:`,
    '',
    ...lines,
    '',
    'Counts of fewer than 5 patients are shown as <5.',
    `The reports: ${reportsUrl}`,
  ].join('\n');
}

/** Monday 08:00 London: each manager gets the week's headline figures for their services, once (deduplicated by week). */
@Injectable()
export class WeeklyDigestService {
  private readonly logger = new Logger(WeeklyDigestService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly overview: OverviewService,
    private readonly mail: MailTransport,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async send(now = new Date()): Promise<number> {
    const managers: { id: string; name: string; email: string; services: string[] }[] = await this.dataSource.query(
      `SELECT u.id, u.name, u.email, array_agg(us.service_id) AS services FROM users u JOIN user_services us ON us.user_id = u.id
        WHERE u.role = 'manager' AND u.active GROUP BY u.id ORDER BY u.email`,
    );
    let sent = 0;
    for (const m of managers) {
      const overview = await this.overview.overview(m.services, now, true);
      const outcome = await this.mail.send({
        dedupeKey: `weekly-digest:${m.id}:${overview.thisWeek.from}`,
        to: m.email,
        subject: `Navdesk weekly digest: week of ${overview.thisWeek.from}`,
        body: digestBody(m.name, overview, new URL('/reports', this.config.PUBLIC_URL).toString()),
      });
      if (outcome === 'sent') {
        sent++;
        await this.audit.record({ actor: { type: 'system', label: 'worker' }, action: 'report.digest.sent', outcome: 'success', entityType: 'user', entityId: m.id, detail: { week: overview.thisWeek.from } });
      }
    }
    this.logger.log(`weekly digest: ${sent} of ${managers.length} managers e-mailed`);
    return sent;
  }
}
