import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { ReportsApi } from '@navdesk/console/data-access';
import { ReportSectionComponent } from '@navdesk/console/ui';
import { ReportExportComponent } from '../export/report-export.component';
import {
  exportParams,
  ReportFilters,
  sameWindow,
  windowQuery,
} from '../filters/report-filters';
import { formatChange, formatPercent } from '../format/report-format';
import { injectReport } from './report-loader';

/** Training run in the window: attendance, confidence before and after, core induction coverage. */
@Component({
  selector: 'nd-training-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatTableModule, ReportSectionComponent, ReportExportComponent],
  template: `
    <nd-report-section
      heading="Training"
      name="training"
      lead="Sessions run for PWPs in this period, who came, and how their confidence changed (rated before and after)."
      [loading]="report.loading()"
      [error]="report.error()"
      (retry)="report.load()"
    >
      <nd-report-export
        ndReportActions
        report="training"
        section="Training"
        [params]="exportParams()"
      />
      @if (report.data(); as data) {
        <dl class="nd-report-figures" data-testid="training-figures">
          <div>
            <dt>Sessions</dt>
            <dd>{{ data.sessions }}</dd>
          </div>
          <div>
            <dt>Seats offered</dt>
            <dd>{{ data.seatsOffered }}</dd>
          </div>
          <div>
            <dt>Bookings</dt>
            <dd>{{ data.bookings }}</dd>
          </div>
          <div>
            <dt>Attended</dt>
            <dd>
              {{ data.attendances }}
              <small>{{ attendanceRate(data.attendanceRate) }}</small>
            </dd>
          </div>
          <div>
            <dt>Mean confidence change</dt>
            <dd data-testid="training-confidence">
              {{ change(data.meanConfidenceChange) }}
              <small>{{ changeWords(data.meanConfidenceChange) }}</small>
            </dd>
          </div>
        </dl>

        <h3 id="training-modules-heading">By module</h3>
        @if (data.modules.length === 0) {
          <p class="nd-report-muted">No sessions ran in this period.</p>
        } @else {
          <div class="nd-table-card">
            <table
              mat-table
              [dataSource]="data.modules"
              aria-labelledby="training-modules-heading"
            >
              <ng-container matColumnDef="title">
                <th mat-header-cell *matHeaderCellDef scope="col">Module</th>
                <td mat-cell *matCellDef="let row">{{ row.title }}</td>
              </ng-container>
              <ng-container matColumnDef="sessions">
                <th mat-header-cell *matHeaderCellDef scope="col" class="num">
                  Sessions
                </th>
                <td mat-cell *matCellDef="let row" class="num">
                  {{ row.sessions }}
                </td>
              </ng-container>
              <ng-container matColumnDef="attended">
                <th mat-header-cell *matHeaderCellDef scope="col" class="num">
                  Attended
                </th>
                <td mat-cell *matCellDef="let row" class="num">
                  {{ row.attended }}
                </td>
              </ng-container>
              <ng-container matColumnDef="confidence">
                <th mat-header-cell *matHeaderCellDef scope="col" class="num">
                  Mean confidence change
                </th>
                <td mat-cell *matCellDef="let row" class="num">
                  {{ change(row.meanConfidenceChange) }}
                </td>
              </ng-container>
              <tr mat-header-row *matHeaderRowDef="moduleColumns"></tr>
              <tr
                mat-row
                *matRowDef="let row; columns: moduleColumns"
                [attr.data-module-id]="row.moduleId"
              ></tr>
            </table>
          </div>
          <p class="nd-report-note">
            Confidence change: the mean of after minus before, in points; “—”
            when nobody rated.
          </p>
        }

        <h3 id="training-coverage-heading">Core induction coverage</h3>
        @if (data.coverage.length === 0) {
          <p class="nd-report-muted">No services to report on.</p>
        } @else {
          <div class="nd-table-card">
            <table
              mat-table
              [dataSource]="data.coverage"
              aria-labelledby="training-coverage-heading"
            >
              <ng-container matColumnDef="service">
                <th mat-header-cell *matHeaderCellDef scope="col">Service</th>
                <td mat-cell *matCellDef="let row">{{ row.serviceName }}</td>
              </ng-container>
              <ng-container matColumnDef="complete">
                <th mat-header-cell *matHeaderCellDef scope="col">
                  PWPs who completed it
                </th>
                <td mat-cell *matCellDef="let row">
                  {{ row.complete }} of {{ row.total }}
                  @if (row.total > 0) {
                    <span class="nd-report-note"
                      >({{ share(row.complete, row.total) }})</span
                    >
                  }
                </td>
              </ng-container>
              <tr mat-header-row *matHeaderRowDef="coverageColumns"></tr>
              <tr
                mat-row
                *matRowDef="let row; columns: coverageColumns"
                [attr.data-service-id]="row.serviceId"
              ></tr>
            </table>
          </div>
        }
      }
    </nd-report-section>
  `,
})
export class TrainingSectionComponent {
  readonly #api = inject(ReportsApi);

  readonly filters = input.required<ReportFilters>();

  readonly moduleColumns = ['title', 'sessions', 'attended', 'confidence'];
  readonly coverageColumns = ['service', 'complete'];

  readonly #params = computed(
    () => {
      const { from, to, serviceId } = this.filters();
      return { from, to, serviceId };
    },
    { equal: sameWindow },
  );
  readonly report = injectReport({
    params: this.#params,
    fetch: (p) => this.#api.training(windowQuery(p)),
    live: ['training.changed'],
  });
  readonly exportParams = computed(() =>
    exportParams('training', this.filters()),
  );

  change(value: number | null): string {
    return formatChange(value);
  }

  changeWords(value: number | null): string {
    if (value === null) return 'nobody rated';
    const rounded = Math.round(value * 10) / 10;
    if (rounded === 0) return 'no change';
    return rounded > 0 ? 'points more confident' : 'points less confident';
  }

  attendanceRate(rate: number | null): string {
    return rate === null ? 'no bookings' : `${formatPercent(rate)} of bookings`;
  }

  share(complete: number, total: number): string {
    return formatPercent((complete / total) * 100);
  }
}
