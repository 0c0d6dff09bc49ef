import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { LondonTimePipe } from '@navdesk/console/ui';
import { TriageRuleVersionSummary } from '@navdesk/contracts';

/** Every saved version of the rules, newest first: who saved it and when. */
@Component({
  selector: 'nd-triage-rule-history',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatTableModule, LondonTimePipe],
  template: `
    <div class="nd-table-card">
      <table
        mat-table
        [dataSource]="versions()"
        aria-label="Versions of the triage rules"
      >
        <ng-container matColumnDef="version">
          <th mat-header-cell *matHeaderCellDef scope="col">Version</th>
          <td mat-cell *matCellDef="let v">{{ v.version }}</td>
        </ng-container>
        <ng-container matColumnDef="createdAt">
          <th mat-header-cell *matHeaderCellDef scope="col">Saved</th>
          <td mat-cell *matCellDef="let v">{{ v.createdAt | londonTime }}</td>
        </ng-container>
        <ng-container matColumnDef="createdByName">
          <th mat-header-cell *matHeaderCellDef scope="col">By</th>
          <td mat-cell *matCellDef="let v">
            {{
              v.createdByName ??
                (v.version === 1 ? 'Shipped with Navdesk' : 'A deleted account')
            }}
          </td>
        </ng-container>
        <ng-container matColumnDef="ruleCount">
          <th mat-header-cell *matHeaderCellDef scope="col">Rules</th>
          <td mat-cell *matCellDef="let v">{{ v.ruleCount }}</td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let row; columns: columns"></tr>
      </table>
    </div>
  `,
})
export class TriageRuleHistoryComponent {
  readonly versions = input.required<TriageRuleVersionSummary[]>();
  readonly columns = ['version', 'createdAt', 'createdByName', 'ruleCount'];
}
