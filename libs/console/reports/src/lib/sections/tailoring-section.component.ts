import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { ReportsApi } from '@navdesk/console/data-access';
import {
  ReportSectionComponent,
  TAILORING_ACTION_LABELS,
} from '@navdesk/console/ui';
import type { TailoringActionReport } from '@navdesk/contracts';
import { ReportExportComponent } from '../export/report-export.component';
import {
  exportParams,
  ReportFilters,
  sameWindow,
  windowQuery,
} from '../filters/report-filters';
import { AskedAwayTableComponent } from '../format/asked-away-table.component';
import { PatientCountComponent } from '../format/patient-count.component';
import { injectReport } from './report-loader';

/** Requests to skip, replace or add a module, their decisions, and the modules most asked to skip. */
@Component({
  selector: 'nd-tailoring-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatTableModule,
    ReportSectionComponent,
    ReportExportComponent,
    PatientCountComponent,
    AskedAwayTableComponent,
  ],
  template: `
    <nd-report-section
      heading="Tailoring"
      name="tailoring"
      lead="Requests to tailor the programme to a patient, by what was asked and what was decided."
      [loading]="report.loading()"
      [error]="report.error()"
      (retry)="report.load()"
    >
      <nd-report-export
        ndReportActions
        report="tailoring"
        section="Tailoring"
        [params]="exportParams()"
      />
      @if (report.data(); as data) {
        <h3 id="tailoring-actions-heading">Requests by action</h3>
        <div class="nd-table-card">
          <table
            mat-table
            [dataSource]="data.byAction"
            aria-labelledby="tailoring-actions-heading"
          >
            <ng-container matColumnDef="action">
              <th mat-header-cell *matHeaderCellDef scope="col">Action</th>
              <td mat-cell *matCellDef="let row">
                {{ actionLabel(row) }}
              </td>
            </ng-container>
            @for (column of countColumns; track column.key) {
              <ng-container [matColumnDef]="column.key">
                <th mat-header-cell *matHeaderCellDef scope="col" class="num">
                  {{ column.label }}
                </th>
                <td mat-cell *matCellDef="let row" class="num">
                  <nd-patient-count [value]="row[column.key]" />
                </td>
              </ng-container>
            }
            <tr mat-header-row *matHeaderRowDef="actionColumns"></tr>
            <tr
              mat-row
              *matRowDef="let row; columns: actionColumns"
              [attr.data-action]="row.action"
            ></tr>
          </table>
        </div>

        <h3 id="tailoring-skipped-heading">Modules most asked to skip</h3>
        <nd-asked-away-table
          [rows]="data.topSkipped"
          labelledBy="tailoring-skipped-heading"
        />
      }
    </nd-report-section>
  `,
})
export class TailoringSectionComponent {
  readonly #api = inject(ReportsApi);

  readonly filters = input.required<ReportFilters>();

  readonly countColumns = [
    { key: 'requested', label: 'Requested' },
    { key: 'approved', label: 'Approved' },
    { key: 'declined', label: 'Declined' },
    { key: 'pending', label: 'Pending' },
  ] as const;
  readonly actionColumns = [
    'action',
    ...this.countColumns.map((column) => column.key),
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
    fetch: (p) => this.#api.tailoring(windowQuery(p)),
    live: ['tailoring.changed'],
  });
  readonly exportParams = computed(() =>
    exportParams('tailoring', this.filters()),
  );

  actionLabel(row: TailoringActionReport): string {
    return TAILORING_ACTION_LABELS[row.action];
  }
}
