import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import {
  CreateReportExportRequest,
  EngagementReport,
  IncidentsReport,
  OperationsReport,
  OutcomesReport,
  ReportExportView,
  ReportGrouping,
  ReportInterval,
  ReportsOverview,
  TailoringReport,
  TrainingReport,
  UsabilityTrendsReport,
  VendorPackReport,
} from '@navdesk/contracts';
import { API_BASE } from './api.constants';
import { queryParams } from './query-params';

export const REPORTS_URL = `${API_BASE}/reports`;

/**
 * Every report's window: London dates (YYYY-MM-DD), `from` and `to` both inclusive; the API
 * defaults to the last 12 weeks ending today and to all the caller's services.
 */
export interface ReportQuery {
  from?: string;
  to?: string;
  serviceId?: string;
}

export interface UsabilityTrendsQuery extends ReportQuery {
  interval?: ReportInterval;
  groupBy?: ReportGrouping;
}

export interface IncidentsReportQuery extends ReportQuery {
  /** How many incidents, most tickets first; the API defaults to 10. */
  limit?: number;
}

/** What POST /api/reports/exports answers (202): the export to poll. */
export type ReportExportCreated = Pick<ReportExportView, 'id'>;

/** The window and service of a query, in the order the API documents them. */
function windowParams(query: ReportQuery): ReportQuery {
  return { from: query.from, to: query.to, serviceId: query.serviceId };
}

/** Managers' and navigators' reports: aggregates only, and CSV exports of them. */
@Injectable({ providedIn: 'root' })
export class ReportsApi {
  readonly #http = inject(HttpClient);

  /** This week against last week, for a manager's home page. */
  overview(serviceId?: string): Observable<ReportsOverview> {
    return this.#http.get<ReportsOverview>(`${REPORTS_URL}/overview`, {
      params: queryParams({ serviceId }),
    });
  }

  usabilityTrends(
    query: UsabilityTrendsQuery = {},
  ): Observable<UsabilityTrendsReport> {
    return this.#http.get<UsabilityTrendsReport>(
      `${REPORTS_URL}/usability-trends`,
      {
        params: queryParams({
          from: query.from,
          to: query.to,
          interval: query.interval,
          groupBy: query.groupBy,
          serviceId: query.serviceId,
        }),
      },
    );
  }

  incidents(query: IncidentsReportQuery = {}): Observable<IncidentsReport> {
    return this.#http.get<IncidentsReport>(`${REPORTS_URL}/incidents`, {
      params: queryParams({ ...windowParams(query), limit: query.limit }),
    });
  }

  operations(query: ReportQuery = {}): Observable<OperationsReport> {
    return this.#http.get<OperationsReport>(`${REPORTS_URL}/operations`, {
      params: queryParams(windowParams(query)),
    });
  }

  training(query: ReportQuery = {}): Observable<TrainingReport> {
    return this.#http.get<TrainingReport>(`${REPORTS_URL}/training`, {
      params: queryParams(windowParams(query)),
    });
  }

  engagement(query: ReportQuery = {}): Observable<EngagementReport> {
    return this.#http.get<EngagementReport>(`${REPORTS_URL}/engagement`, {
      params: queryParams(windowParams(query)),
    });
  }

  tailoring(query: ReportQuery = {}): Observable<TailoringReport> {
    return this.#http.get<TailoringReport>(`${REPORTS_URL}/tailoring`, {
      params: queryParams(windowParams(query)),
    });
  }

  /** The study's four barriers for the window and the window of the same length before it. */
  outcomes(query: ReportQuery = {}): Observable<OutcomesReport> {
    return this.#http.get<OutcomesReport>(`${REPORTS_URL}/outcomes`, {
      params: queryParams(windowParams(query)),
    });
  }

  /** The feedback pack for the programme's vendor: not-fixable problems, modules asked away, notification burden. */
  vendorPack(query: ReportQuery = {}): Observable<VendorPackReport> {
    return this.#http.get<VendorPackReport>(`${REPORTS_URL}/vendor-pack`, {
      params: queryParams(windowParams(query)),
    });
  }

  /** Queues a CSV of one report (202); poll `exportStatus` until it is done or failed. */
  createExport(
    request: CreateReportExportRequest,
  ): Observable<ReportExportCreated> {
    return this.#http.post<ReportExportCreated>(
      `${REPORTS_URL}/exports`,
      request,
    );
  }

  /** The export's progress; once done, a `downloadUrl` that works without signing in until `expiresAt`. */
  exportStatus(id: string): Observable<ReportExportView> {
    return this.#http.get<ReportExportView>(
      `${REPORTS_URL}/exports/${encodeURIComponent(id)}`,
    );
  }
}
