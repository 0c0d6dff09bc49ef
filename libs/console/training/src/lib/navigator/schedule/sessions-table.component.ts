import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { LondonTimePipe } from '@navdesk/console/ui';
import { TrainingSessionView } from '@navdesk/contracts';
import { sessionPlace } from '../../labels/training-labels';

/** Sessions with their seats booked; each opens its roster page. */
@Component({
  selector: 'nd-sessions-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatTableModule, RouterLink, LondonTimePipe],
  template: `
    <div class="nd-table-card">
      <table mat-table [dataSource]="sessions()" [attr.aria-label]="label()">
        <ng-container matColumnDef="module">
          <th mat-header-cell *matHeaderCellDef scope="col">Module</th>
          <td mat-cell *matCellDef="let session">
            <a [routerLink]="['/training/sessions', session.id]">{{
              session.module.title
            }}</a>
          </td>
        </ng-container>
        <ng-container matColumnDef="when">
          <th mat-header-cell *matHeaderCellDef scope="col">When (UK)</th>
          <td mat-cell *matCellDef="let session">
            <time [attr.datetime]="session.startsAt">{{
              session.startsAt | londonTime
            }}</time>
          </td>
        </ng-container>
        <ng-container matColumnDef="place">
          <th mat-header-cell *matHeaderCellDef scope="col">Where</th>
          <td mat-cell *matCellDef="let session">{{ place(session) }}</td>
        </ng-container>
        <ng-container matColumnDef="booked">
          <th mat-header-cell *matHeaderCellDef scope="col">Booked</th>
          <td mat-cell *matCellDef="let session" data-testid="session-booked">
            {{ session.booked }} of {{ session.capacity }}
          </td>
        </ng-container>
        <ng-container matColumnDef="status">
          <th mat-header-cell *matHeaderCellDef scope="col">Status</th>
          <td mat-cell *matCellDef="let session">
            @if (session.cancelled) {
              <span class="nd-pill nd-pill--muted">Cancelled</span>
            } @else if (session.seatsLeft <= 0) {
              <span class="nd-pill nd-pill--warn">Full</span>
            } @else {
              <span class="nd-pill">{{ session.seatsLeft }} seats left</span>
            }
          </td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr
          mat-row
          *matRowDef="let row; columns: columns"
          [attr.data-session-id]="row.id"
        ></tr>
      </table>
    </div>
  `,
})
export class SessionsTableComponent {
  readonly sessions = input.required<readonly TrainingSessionView[]>();
  readonly label = input.required<string>();

  readonly columns = ['module', 'when', 'place', 'booked', 'status'];

  place(session: TrainingSessionView): string {
    return sessionPlace(session);
  }
}
