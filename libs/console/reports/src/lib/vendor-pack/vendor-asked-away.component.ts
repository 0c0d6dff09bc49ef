import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { ReportSectionComponent } from '@navdesk/console/ui';
import type { VendorAskedAwayModule } from '@navdesk/contracts';
import { PatientCountComponent } from '../format/patient-count.component';
import { isHiddenCount } from '../format/report-format';

/** The pack's second part: mandatory modules PWPs asked to skip or replace, with the masked reasons. */
@Component({
  selector: 'nd-vendor-asked-away',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatTableModule, ReportSectionComponent, PatientCountComponent],
  host: { 'data-testid': 'vendor-asked-away' },
  template: `
    <nd-report-section
      heading="Modules asked away"
      name="vendor-asked-away"
      lead="Mandatory modules that PWPs asked to skip or replace for a patient, most requested first, with the reasons they gave."
    >
      @if (modules().length === 0) {
        <p class="nd-report-muted">
          No module was asked to be skipped or replaced in this period.
        </p>
      } @else {
        <div class="nd-table-card">
          <table mat-table [dataSource]="modules()">
            <caption class="cdk-visually-hidden">
              Modules asked away: requests to skip or replace each module, and
              the masked reasons given
            </caption>
            <ng-container matColumnDef="module">
              <th mat-header-cell *matHeaderCellDef scope="col">Module</th>
              <!-- A row header: Material's cell directive only matches td, so its classes are set here. -->
              <th
                *matCellDef="let row"
                scope="row"
                class="mat-mdc-cell mdc-data-table__cell name"
              >
                {{ row.title }}
              </th>
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
            <ng-container matColumnDef="reasons">
              <th mat-header-cell *matHeaderCellDef scope="col">
                Reasons (masked)
              </th>
              <td mat-cell *matCellDef="let row">
                @if (row.reasons.length > 0) {
                  <ul class="list">
                    @for (reason of row.reasons; track $index) {
                      <li>{{ reason }}</li>
                    }
                  </ul>
                } @else {
                  <span class="nd-report-muted">{{ noReasons(row) }}</span>
                }
              </td>
            </ng-container>
            <tr mat-header-row *matHeaderRowDef="columns"></tr>
            <tr
              mat-row
              *matRowDef="let row; columns: columns"
              [attr.data-module-id]="row.moduleId"
            ></tr>
          </table>
        </div>
      }
    </nd-report-section>
  `,
  styleUrl: './vendor-pack-table.scss',
})
export class VendorAskedAwayComponent {
  readonly modules = input.required<readonly VendorAskedAwayModule[]>();

  protected readonly countColumns = [
    { key: 'requests', label: 'Requests' },
    { key: 'skip', label: 'Skip' },
    { key: 'replace', label: 'Replace' },
  ] as const;
  protected readonly columns = [
    'module',
    ...this.countColumns.map((column) => column.key),
    'reasons',
  ];

  /** Why a module has no reasons: too few requests to show any, or none written. */
  protected noReasons(module: VendorAskedAwayModule): string {
    return isHiddenCount(module.requests)
      ? 'Not shown: fewer than 5 requests'
      : 'None written';
  }
}
