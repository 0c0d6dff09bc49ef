import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { LondonTimePipe } from '@navdesk/console/ui';
import { TrainingRecord } from '@navdesk/contracts';
import { signedChange } from '../labels/training-labels';

/** A PWP's own record: the core induction checklist, sessions attended and confidence gained. */
@Component({
  selector: 'nd-training-record',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatTableModule, LondonTimePipe],
  host: {
    role: 'region',
    'aria-labelledby': 'record-heading',
    'data-testid': 'training-record',
  },
  template: `
    <h2 id="record-heading">My training record</h2>

    <h3>Core induction</h3>
    <p class="nd-muted" data-testid="core-progress">{{ coreProgress() }}</p>
    <ul class="checklist" aria-label="Core induction modules">
      @for (item of record().coreInduction; track item.moduleId) {
        <li [class.done]="item.done" [attr.data-module-id]="item.moduleId">
          <span class="tick" aria-hidden="true">{{
            item.done ? '✓' : '○'
          }}</span>
          <span class="cdk-visually-hidden">{{
            item.done ? 'Done:' : 'Not done yet:'
          }}</span>
          {{ item.title }}
          @if (item.attendedAt) {
            <span class="nd-muted">
              — attended {{ item.attendedAt | londonTime: 'date' }}</span
            >
          }
        </li>
      } @empty {
        <li class="nd-muted">Your service has no core induction modules.</li>
      }
    </ul>

    <h3>Sessions attended</h3>
    @if (record().attended.length === 0) {
      <p class="nd-muted">
        No sessions attended yet. Book one above, and rate your confidence when
        it starts.
      </p>
    } @else {
      <p data-testid="mean-change">{{ meanText() }}</p>
      <div class="nd-table-card">
        <table
          mat-table
          [dataSource]="record().attended"
          aria-label="Sessions attended, with confidence before and after"
        >
          <ng-container matColumnDef="module">
            <th mat-header-cell *matHeaderCellDef scope="col">Module</th>
            <td mat-cell *matCellDef="let row">
              {{ row.session.module.title }}
            </td>
          </ng-container>
          <ng-container matColumnDef="date">
            <th mat-header-cell *matHeaderCellDef scope="col">Date</th>
            <td mat-cell *matCellDef="let row">
              <time [attr.datetime]="row.session.startsAt">{{
                row.session.startsAt | londonTime: 'date'
              }}</time>
            </td>
          </ng-container>
          <ng-container matColumnDef="confidence">
            <th mat-header-cell *matHeaderCellDef scope="col">
              Confidence before → after
            </th>
            <td mat-cell *matCellDef="let row">
              {{ row.confidenceBefore }} → {{ row.confidenceAfter }}
            </td>
          </ng-container>
          <ng-container matColumnDef="change">
            <th mat-header-cell *matHeaderCellDef scope="col">Change</th>
            <td mat-cell *matCellDef="let row">{{ signed(row.change) }}</td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="columns"></tr>
          <tr
            mat-row
            *matRowDef="let row; columns: columns"
            [attr.data-session-id]="row.session.id"
          ></tr>
        </table>
      </div>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    h2 {
      margin: 0 0 8px;
      font: var(--mat-sys-title-large);
    }
    h3 {
      margin: 16px 0 4px;
      font: var(--mat-sys-title-medium);
    }
    p {
      margin: 0 0 8px;
    }
    .checklist {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .checklist li {
      padding: 4px 0;
    }
    .tick {
      display: inline-block;
      width: 1.5em;
      font-weight: 700;
      color: var(--nd-text-secondary);
    }
    .done .tick {
      color: #007f3b;
    }
  `,
})
export class TrainingRecordComponent {
  readonly record = input.required<TrainingRecord>();

  readonly columns = ['module', 'date', 'confidence', 'change'];

  readonly coreProgress = computed(() => {
    const core = this.record().coreInduction;
    const done = core.filter((item) => item.done).length;
    return `${done} of ${core.length} core induction ${core.length === 1 ? 'module' : 'modules'} done.`;
  });

  readonly meanText = computed(() => {
    const { meanConfidenceChange, attended } = this.record();
    if (meanConfidenceChange === null) return '';
    const sessions = `${attended.length} ${attended.length === 1 ? 'session' : 'sessions'}`;
    return `Mean confidence change: ${signedChange(meanConfidenceChange)} over ${sessions}.`;
  });

  signed(change: number): string {
    return signedChange(change);
  }
}
