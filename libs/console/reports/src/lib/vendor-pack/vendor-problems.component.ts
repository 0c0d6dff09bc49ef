import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { ReportSectionComponent } from '@navdesk/console/ui';
import type { VendorProblem } from '@navdesk/contracts';
import { appVersionsText, ukDate } from './vendor-pack-format';

/** The pack's first part: tickets marked not fixable here, by incident (or category), with masked examples. */
@Component({
  selector: 'nd-vendor-problems',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatTableModule, ReportSectionComponent],
  host: { 'data-testid': 'vendor-problems' },
  template: `
    <nd-report-section
      heading="Problems services cannot fix"
      name="vendor-problems"
      lead="Tickets the navigators marked not fixable here, grouped by incident (or by category when they belong to none), most tickets first."
    >
      @if (problems().length === 0) {
        <p class="nd-report-muted">
          No ticket was marked not fixable in this period: there is no problem
          to pass on.
        </p>
      } @else {
        <div class="nd-table-card">
          <table mat-table [dataSource]="problems()">
            <caption class="cdk-visually-hidden">
              Problems services cannot fix, with their tickets, the days they
              were first and last seen, the app versions affected and masked
              example descriptions
            </caption>
            <ng-container matColumnDef="problem">
              <th mat-header-cell *matHeaderCellDef scope="col">Problem</th>
              <!-- A row header: Material's cell directive only matches td, so its classes are set here. -->
              <th
                *matCellDef="let row"
                scope="row"
                class="mat-mdc-cell mdc-data-table__cell name"
              >
                {{ row.problem }}
              </th>
            </ng-container>
            <ng-container matColumnDef="tickets">
              <th mat-header-cell *matHeaderCellDef scope="col" class="num">
                Tickets
              </th>
              <td mat-cell *matCellDef="let row" class="num">
                {{ row.tickets }}
              </td>
            </ng-container>
            <ng-container matColumnDef="firstSeen">
              <th mat-header-cell *matHeaderCellDef scope="col">First seen</th>
              <td mat-cell *matCellDef="let row">
                <time [attr.datetime]="row.firstSeenAt">{{
                  date(row.firstSeenAt)
                }}</time>
              </td>
            </ng-container>
            <ng-container matColumnDef="lastSeen">
              <th mat-header-cell *matHeaderCellDef scope="col">Last seen</th>
              <td mat-cell *matCellDef="let row">
                <time [attr.datetime]="row.lastSeenAt">{{
                  date(row.lastSeenAt)
                }}</time>
              </td>
            </ng-container>
            <ng-container matColumnDef="appVersions">
              <th mat-header-cell *matHeaderCellDef scope="col">
                App versions
              </th>
              <td mat-cell *matCellDef="let row">
                {{ versions(row.appVersions) }}
              </td>
            </ng-container>
            <ng-container matColumnDef="examples">
              <th mat-header-cell *matHeaderCellDef scope="col">
                Example descriptions (masked)
              </th>
              <td mat-cell *matCellDef="let row">
                @if (row.examples.length === 0) {
                  <span class="nd-report-muted">None written</span>
                } @else {
                  <ul class="list">
                    @for (example of row.examples; track $index) {
                      <li>{{ example }}</li>
                    }
                  </ul>
                }
              </td>
            </ng-container>
            <tr mat-header-row *matHeaderRowDef="columns"></tr>
            <tr mat-row *matRowDef="let row; columns: columns"></tr>
          </table>
        </div>
      }
    </nd-report-section>
  `,
  styleUrl: './vendor-pack-table.scss',
})
export class VendorProblemsComponent {
  readonly problems = input.required<readonly VendorProblem[]>();

  protected readonly columns = [
    'problem',
    'tickets',
    'firstSeen',
    'lastSeen',
    'appVersions',
    'examples',
  ];
  protected readonly date = ukDate;
  protected readonly versions = appVersionsText;
}
