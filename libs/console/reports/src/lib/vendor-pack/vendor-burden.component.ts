import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { ReportSectionComponent } from '@navdesk/console/ui';
import type { VendorNotificationMonth } from '@navdesk/contracts';
import { PatientCountComponent } from '../format/patient-count.component';
import { hasNotificationBurden, monthName } from './vendor-pack-format';

/** The pack's third part: notification settings changed because reminders were a burden, by month. */
@Component({
  selector: 'nd-vendor-burden',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatTableModule, ReportSectionComponent, PatientCountComponent],
  host: { 'data-testid': 'vendor-burden' },
  template: `
    <nd-report-section
      heading="Notification burden"
      name="vendor-burden"
      lead="Patients' notification settings changed in the programme because its reminders were too many, and notification-burden flags raised and cleared, by month."
    >
      @if (!shown()) {
        <p class="nd-report-muted">
          No notification settings were changed and no burden flag was raised or
          cleared in this period.
        </p>
      } @else {
        <div class="nd-table-card">
          <table mat-table [dataSource]="months()">
            <caption class="cdk-visually-hidden">
              Notification burden by month: changes applied, with quiet hours,
              reminders off, and burden flags raised and cleared
            </caption>
            <ng-container matColumnDef="month">
              <th mat-header-cell *matHeaderCellDef scope="col">Month</th>
              <!-- A row header: Material's cell directive only matches td, so its classes are set here. -->
              <th
                *matCellDef="let row"
                scope="row"
                class="mat-mdc-cell mdc-data-table__cell name month"
              >
                {{ month(row.month) }}
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
            <tr mat-header-row *matHeaderRowDef="columns"></tr>
            <tr mat-row *matRowDef="let row; columns: columns"></tr>
          </table>
        </div>
      }
    </nd-report-section>
  `,
  styleUrl: './vendor-pack-table.scss',
})
export class VendorBurdenComponent {
  readonly months = input.required<readonly VendorNotificationMonth[]>();

  /** Months of nothing but zeros say nothing to the vendor: the section says so in words instead. */
  readonly shown = computed(() => hasNotificationBurden(this.months()));

  protected readonly countColumns = [
    { key: 'changesApplied', label: 'Changes applied' },
    { key: 'withQuietHours', label: 'With quiet hours' },
    { key: 'remindersOff', label: 'Reminders off' },
    { key: 'burdenFlagsRaised', label: 'Burden flags raised' },
    { key: 'burdenFlagsCleared', label: 'Burden flags cleared' },
  ] as const;
  protected readonly columns = [
    'month',
    ...this.countColumns.map((column) => column.key),
  ];
  protected readonly month = monthName;
}
