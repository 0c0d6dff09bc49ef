import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { ReportsApi } from '@navdesk/console/data-access';
import {
  FIXABILITY_LABELS,
  formatLondon,
  INCIDENT_STATUS_LABELS,
  ReportSectionComponent,
} from '@navdesk/console/ui';
import { CATEGORY_LABELS, THEME_LABELS, TopIncident } from '@navdesk/contracts';
import { ReportExportComponent } from '../export/report-export.component';
import {
  exportParams,
  ReportFilters,
  sameWindow,
  windowQuery,
} from '../filters/report-filters';
import { injectReport } from './report-loader';

export const TOP_INCIDENTS_LIMIT = 10;

function label(labels: Record<string, string>, value: string | null): string {
  return value === null ? '—' : (labels[value] ?? value);
}

/** The problems reported most often in the window, each grouping many tickets. */
@Component({
  selector: 'nd-incidents-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatTableModule,
    RouterLink,
    ReportSectionComponent,
    ReportExportComponent,
  ],
  template: `
    <nd-report-section
      heading="Top recurring incidents"
      name="incidents"
      lead="Repeated reports grouped into one problem, most tickets in this period first."
      [loading]="report.loading()"
      [error]="report.error()"
      (retry)="report.load()"
    >
      <nd-report-export
        ndReportActions
        report="incidents"
        section="Top recurring incidents"
        [params]="exportParams()"
      />
      @if (report.data(); as data) {
        @if (data.incidents.length === 0) {
          <p class="nd-report-muted" data-testid="incidents-empty">
            No recurring incidents in this period.
          </p>
        } @else {
          <div class="nd-table-card">
            <table
              mat-table
              [dataSource]="data.incidents"
              aria-label="Top recurring incidents, most tickets first"
            >
              <ng-container matColumnDef="title">
                <th mat-header-cell *matHeaderCellDef scope="col">Incident</th>
                <td mat-cell *matCellDef="let incident">
                  <a [routerLink]="['/incidents', incident.id]">{{
                    incident.title
                  }}</a>
                </td>
              </ng-container>
              <ng-container matColumnDef="tickets">
                <th mat-header-cell *matHeaderCellDef scope="col" class="num">
                  Tickets
                </th>
                <td mat-cell *matCellDef="let incident" class="num">
                  {{ incident.ticketCount }}
                </td>
              </ng-container>
              <ng-container matColumnDef="service">
                <th mat-header-cell *matHeaderCellDef scope="col">Service</th>
                <td mat-cell *matCellDef="let incident">
                  {{ serviceName(incident) }}
                </td>
              </ng-container>
              <ng-container matColumnDef="theme">
                <th mat-header-cell *matHeaderCellDef scope="col">Theme</th>
                <td mat-cell *matCellDef="let incident">
                  {{ themeLabel(incident) }}
                </td>
              </ng-container>
              <ng-container matColumnDef="category">
                <th mat-header-cell *matHeaderCellDef scope="col">Category</th>
                <td mat-cell *matCellDef="let incident">
                  {{ categoryLabel(incident) }}
                </td>
              </ng-container>
              <ng-container matColumnDef="fixability">
                <th mat-header-cell *matHeaderCellDef scope="col">Fixable</th>
                <td mat-cell *matCellDef="let incident">
                  <span
                    class="nd-pill"
                    [class.nd-pill--good]="incident.fixability === 'fixable'"
                    [class.nd-pill--warn]="
                      incident.fixability === 'not_fixable'
                    "
                    [class.nd-pill--muted]="incident.fixability === 'unknown'"
                    >{{ fixabilityLabel(incident) }}</span
                  >
                </td>
              </ng-container>
              <ng-container matColumnDef="status">
                <th mat-header-cell *matHeaderCellDef scope="col">Status</th>
                <td mat-cell *matCellDef="let incident">
                  {{ statusLabel(incident) }}
                </td>
              </ng-container>
              <ng-container matColumnDef="seen">
                <th mat-header-cell *matHeaderCellDef scope="col">Last seen</th>
                <td mat-cell *matCellDef="let incident">
                  <time [attr.datetime]="incident.lastSeenAt">{{
                    day(incident.lastSeenAt)
                  }}</time>
                </td>
              </ng-container>
              <tr mat-header-row *matHeaderRowDef="columns"></tr>
              <tr
                mat-row
                *matRowDef="let row; columns: columns"
                [attr.data-incident-id]="row.id"
              ></tr>
            </table>
          </div>
        }
      }
    </nd-report-section>
  `,
})
export class IncidentsSectionComponent {
  readonly #api = inject(ReportsApi);

  readonly filters = input.required<ReportFilters>();
  /** Service names by id, for the Service column. */
  readonly serviceNames = input<ReadonlyMap<string, string>>(new Map());

  readonly columns = [
    'title',
    'tickets',
    'service',
    'theme',
    'category',
    'fixability',
    'status',
    'seen',
  ];

  readonly #params = computed(
    () => {
      const { from, to, serviceId } = this.filters();
      return { from, to, serviceId };
    },
    { equal: sameWindow },
  );
  readonly report = injectReport({
    params: this.#params,
    fetch: (p) =>
      this.#api.incidents({ ...windowQuery(p), limit: TOP_INCIDENTS_LIMIT }),
    live: ['incident.changed', 'ticket.changed'],
  });
  readonly exportParams = computed(() =>
    exportParams('incidents', this.filters()),
  );

  serviceName(incident: TopIncident): string {
    return this.serviceNames().get(incident.serviceId) ?? 'Your service';
  }

  themeLabel(incident: TopIncident): string {
    return label(THEME_LABELS, incident.theme);
  }

  categoryLabel(incident: TopIncident): string {
    return label(CATEGORY_LABELS, incident.category);
  }

  fixabilityLabel(incident: TopIncident): string {
    return label(FIXABILITY_LABELS, incident.fixability);
  }

  statusLabel(incident: TopIncident): string {
    return label(INCIDENT_STATUS_LABELS, incident.status);
  }

  day(iso: string): string {
    return formatLondon(iso, 'date');
  }
}
