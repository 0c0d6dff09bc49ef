import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { VendorPackReport } from '@navdesk/contracts';
import type { ReportScope } from '../query/report-scope';
import { vendorAskedAway, vendorNotificationBurden, vendorProblems, type AskedAwayRow, type BurdenMonthRow, type NotFixableTicketRow } from './vendor-pack-rules';
import { ASKED_AWAY_SQL, NOT_FIXABLE_TICKETS_SQL, NOTIFICATION_BURDEN_SQL } from './vendor-pack.sql';

/** The feedback pack for the programme's vendor (docs/report-definitions.md, "Vendor pack"): masked text, suppressed counts. */
@Injectable()
export class VendorPackService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async report(scope: ReportScope, progress: (share: number) => Promise<unknown> = async () => undefined): Promise<VendorPackReport> {
    const params = [scope.serviceIds, scope.from, scope.to];
    const tickets: NotFixableTicketRow[] = await this.dataSource.query(NOT_FIXABLE_TICKETS_SQL, params);
    await progress(50);
    const asked: AskedAwayRow[] = await this.dataSource.query(ASKED_AWAY_SQL, params);
    await progress(75);
    const months: BurdenMonthRow[] = await this.dataSource.query(NOTIFICATION_BURDEN_SQL, params);
    await progress(95);
    return { ...scope, problems: vendorProblems(tickets), askedAway: vendorAskedAway(asked), notificationBurden: vendorNotificationBurden(months) };
  }
}
