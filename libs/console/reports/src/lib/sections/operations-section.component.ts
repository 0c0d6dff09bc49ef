import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { ReportsApi } from '@navdesk/console/data-access';
import { PRIORITY_LABELS, ReportSectionComponent } from '@navdesk/console/ui';
import { PRIORITIES, PriorityOperations } from '@navdesk/contracts';
import { ReportExportComponent } from '../export/report-export.component';
import {
  exportParams,
  ReportFilters,
  sameWindow,
  windowQuery,
} from '../filters/report-filters';
import { formatMinutes, formatPercent } from '../format/report-format';
import { injectReport } from './report-loader';

function byPriority(a: PriorityOperations, b: PriorityOperations): number {
  return PRIORITIES.indexOf(a.priority) - PRIORITIES.indexOf(b.priority);
}

/** Per service: the backlog, the share resolved within the SLA, and medians by priority. */
@Component({
  selector: 'nd-operations-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatTableModule, ReportSectionComponent, ReportExportComponent],
  template: `
    <nd-report-section
      heading="Operations"
      name="operations"
      lead="Tickets open now, and for those resolved in this period: the share within their SLA and the median times to first response and to resolution."
      [loading]="report.loading()"
      [error]="report.error()"
      (retry)="report.load()"
    >
      <nd-report-export
        ndReportActions
        report="operations"
        section="Operations"
        [params]="exportParams()"
      />
      @if (services(); as list) {
        @for (service of list; track service.serviceId) {
          <section
            class="service"
            [attr.aria-labelledby]="'ops-' + service.serviceId"
            [attr.data-service-id]="service.serviceId"
          >
            <h3 [id]="'ops-' + service.serviceId">
              {{ service.serviceName }}
            </h3>
            <dl class="nd-report-figures">
              <div>
                <dt>Backlog (open now)</dt>
                <dd data-testid="ops-backlog">{{ service.backlog }}</dd>
              </div>
              <div>
                <dt>Created</dt>
                <dd>{{ service.created }}</dd>
              </div>
              <div>
                <dt>Resolved</dt>
                <dd>{{ service.resolved }}</dd>
              </div>
              <div>
                <dt>SLA met</dt>
                <dd data-testid="ops-sla">
                  {{ percent(service.slaMetPercent) }}
                  @if (service.slaMetPercent === null) {
                    <small>none resolved</small>
                  }
                </dd>
              </div>
            </dl>
            @if (service.byPriority.length > 0) {
              <div class="nd-table-card">
                <table
                  mat-table
                  [dataSource]="service.byPriority"
                  [attr.aria-label]="
                    'Tickets by priority, ' + service.serviceName
                  "
                >
                  <ng-container matColumnDef="priority">
                    <th mat-header-cell *matHeaderCellDef scope="col">
                      Priority
                    </th>
                    <td mat-cell *matCellDef="let row">
                      {{ priorityLabel(row) }}
                    </td>
                  </ng-container>
                  <ng-container matColumnDef="backlog">
                    <th
                      mat-header-cell
                      *matHeaderCellDef
                      scope="col"
                      class="num"
                    >
                      Open now
                    </th>
                    <td mat-cell *matCellDef="let row" class="num">
                      {{ row.backlog }}
                    </td>
                  </ng-container>
                  <ng-container matColumnDef="resolved">
                    <th
                      mat-header-cell
                      *matHeaderCellDef
                      scope="col"
                      class="num"
                    >
                      Resolved
                    </th>
                    <td mat-cell *matCellDef="let row" class="num">
                      {{ row.resolved }}
                    </td>
                  </ng-container>
                  <ng-container matColumnDef="sla">
                    <th
                      mat-header-cell
                      *matHeaderCellDef
                      scope="col"
                      class="num"
                    >
                      SLA met
                    </th>
                    <td mat-cell *matCellDef="let row" class="num">
                      {{ percent(row.slaMetPercent) }}
                    </td>
                  </ng-container>
                  <ng-container matColumnDef="firstResponse">
                    <th
                      mat-header-cell
                      *matHeaderCellDef
                      scope="col"
                      class="num"
                    >
                      Median first response
                    </th>
                    <td mat-cell *matCellDef="let row" class="num">
                      {{ minutes(row.medianFirstResponseMinutes) }}
                    </td>
                  </ng-container>
                  <ng-container matColumnDef="resolution">
                    <th
                      mat-header-cell
                      *matHeaderCellDef
                      scope="col"
                      class="num"
                    >
                      Median resolution
                    </th>
                    <td mat-cell *matCellDef="let row" class="num">
                      {{ minutes(row.medianResolutionMinutes) }}
                    </td>
                  </ng-container>
                  <tr mat-header-row *matHeaderRowDef="columns"></tr>
                  <tr
                    mat-row
                    *matRowDef="let row; columns: columns"
                    [attr.data-priority]="row.priority"
                  ></tr>
                </table>
              </div>
              <p class="nd-report-note">
                “—”: no tickets of that priority were resolved in this period.
              </p>
            }
          </section>
        } @empty {
          <p class="nd-report-muted">No services to report on.</p>
        }
      }
    </nd-report-section>
  `,
})
export class OperationsSectionComponent {
  readonly #api = inject(ReportsApi);

  readonly filters = input.required<ReportFilters>();

  readonly columns = [
    'priority',
    'backlog',
    'resolved',
    'sla',
    'firstResponse',
    'resolution',
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
    fetch: (p) => this.#api.operations(windowQuery(p)),
    live: ['ticket.changed'],
  });
  readonly exportParams = computed(() =>
    exportParams('operations', this.filters()),
  );
  /** Each service's priorities in order, P1 first. */
  readonly services = computed(
    () =>
      this.report.data()?.services.map((service) => ({
        ...service,
        byPriority: [...service.byPriority].sort(byPriority),
      })) ?? null,
  );

  priorityLabel(row: PriorityOperations): string {
    return PRIORITY_LABELS[row.priority];
  }

  percent(value: number | null): string {
    return formatPercent(value);
  }

  minutes(value: number | null): string {
    return formatMinutes(value);
  }
}
