import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import type { PatientCount } from '@navdesk/contracts';
import { PatientCountComponent } from './patient-count.component';

/** Modules most asked to be skipped or replaced, with their (suppressed) request counts: the tailoring report and Outcomes. */
@Component({
  selector: 'nd-asked-away-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatTableModule, PatientCountComponent],
  template: `
    @if (rows().length === 0) {
      <p class="nd-report-muted">No module was asked to be skipped or replaced in this period.</p>
    } @else {
      <div class="nd-table-card">
        <table mat-table [dataSource]="rows()" [attr.aria-labelledby]="labelledBy()">
          <ng-container matColumnDef="module">
            <th mat-header-cell *matHeaderCellDef scope="col">Module</th>
            <td mat-cell *matCellDef="let row">{{ row.title }}</td>
          </ng-container>
          <ng-container matColumnDef="requests">
            <th mat-header-cell *matHeaderCellDef scope="col" class="num">Requests to skip or replace</th>
            <td mat-cell *matCellDef="let row" class="num"><nd-patient-count [value]="row.requests" /></td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="columns"></tr>
          <tr mat-row *matRowDef="let row; columns: columns" [attr.data-module-id]="row.moduleId"></tr>
        </table>
      </div>
    }
  `,
})
export class AskedAwayTableComponent {
  readonly rows = input.required<readonly { moduleId: string; title: string; requests: PatientCount }[]>();
  /** The id of the heading that names the table. */
  readonly labelledBy = input.required<string>();
  protected readonly columns = ['module', 'requests'];
}
