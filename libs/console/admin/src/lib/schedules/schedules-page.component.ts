import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  OnInit,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatTableModule } from '@angular/material/table';
import { OperationsApi, toApiError } from '@navdesk/console/data-access';
import {
  ListPageBodyDirective,
  ListPageComponent,
  UkDateFormat,
  UkDatePipe,
} from '@navdesk/console/ui';
import { ScheduleView } from '@navdesk/contracts';

/** Admins: the worker's repeatable jobs, when each last ran and succeeded, its last error, and which are late. */
@Component({
  selector: 'nd-schedules-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    UkDatePipe,
    MatButton,
    MatTableModule,
    ListPageComponent,
    ListPageBodyDirective,
  ],
  template: `
    <nd-list-page
      heading="Schedules"
      lead="The worker's repeatable jobs. One that has not succeeded for more than three of its intervals is late, and health reports it."
      [count]="schedules().length"
      [loading]="loading()"
      [error]="error()"
      errorHeading="Schedules could not be loaded"
      loadingLabel="Loading schedules…"
      emptyHeading="No schedules yet"
      emptyMessage="The worker records its schedules when it starts. Is it running?"
    >
      <button
        ndListActions
        mat-stroked-button
        type="button"
        (click)="load()"
        [disabled]="loading()"
      >
        Refresh
      </button>
      <ng-template ndListPageBody>
        @if (lateCount() > 0) {
          <p class="summary" role="status">
            {{ lateCount() }} of {{ schedules().length }} schedules late
          </p>
        }
        <div class="nd-table-card">
          <table mat-table [dataSource]="schedules()" aria-label="Schedules">
            <ng-container matColumnDef="name">
              <th mat-header-cell *matHeaderCellDef scope="col">Schedule</th>
              <td mat-cell *matCellDef="let s">
                <span class="name">{{ s.name }}</span>
                @if (s.late) {
                  &ngsp;<span class="late">Late</span>
                }
                @if (s.inRedis === false) {
                  &ngsp;<span class="missing">Not in Redis</span>
                }
              </td>
            </ng-container>
            <ng-container matColumnDef="queue">
              <th mat-header-cell *matHeaderCellDef scope="col">Queue</th>
              <td mat-cell *matCellDef="let s">{{ s.queue }}</td>
            </ng-container>
            <ng-container matColumnDef="interval">
              <th mat-header-cell *matHeaderCellDef scope="col">Runs</th>
              <td mat-cell *matCellDef="let s">{{ s.interval }}</td>
            </ng-container>
            <ng-container matColumnDef="lastStartedAt">
              <th mat-header-cell *matHeaderCellDef scope="col">Last run</th>
              <td mat-cell *matCellDef="let s">
                {{ s.lastStartedAt ? (s.lastStartedAt | ukDate: when) : 'Never' }}
              </td>
            </ng-container>
            <ng-container matColumnDef="lastSucceededAt">
              <th mat-header-cell *matHeaderCellDef scope="col">
                Last success
              </th>
              <td mat-cell *matCellDef="let s">
                {{
                  s.lastSucceededAt ? (s.lastSucceededAt | ukDate: when) : 'Never'
                }}
              </td>
            </ng-container>
            <ng-container matColumnDef="nextRunAt">
              <th mat-header-cell *matHeaderCellDef scope="col">Next run</th>
              <td mat-cell *matCellDef="let s">
                {{ s.nextRunAt ? (s.nextRunAt | ukDate: when) : '—' }}
              </td>
            </ng-container>
            <ng-container matColumnDef="lastError">
              <th mat-header-cell *matHeaderCellDef scope="col">Last error</th>
              <td mat-cell *matCellDef="let s" class="error">
                @if (s.lastError) {
                  {{ s.lastError }}&ngsp;<span class="at">{{
                    s.lastFailedAt | ukDate: when
                  }}</span>
                } @else {
                  —
                }
              </td>
            </ng-container>
            <tr mat-header-row *matHeaderRowDef="columns"></tr>
            <tr
              mat-row
              *matRowDef="let row; columns: columns"
              [class.late-row]="row.late"
            ></tr>
          </table>
        </div>
      </ng-template>
    </nd-list-page>
  `,
  styles: `
    .summary {
      margin: 0 0 12px;
      font-weight: 600;
      color: #d5281b;
    }
    .name {
      display: block;
      font-weight: 600;
    }
    .at {
      display: block;
      color: var(--nd-text-secondary);
      font-size: 0.875rem;
    }
    .late,
    .missing {
      display: inline-block;
      margin-top: 4px;
      margin-right: 4px;
      padding: 2px 10px;
      border-radius: 999px;
      font-size: 0.8125rem;
      font-weight: 600;
    }
    .late {
      background: #d5281b;
      color: #fff;
    }
    .missing {
      background: #fff4d6;
      color: #4d3800;
      border: 1px solid #b37a00;
    }
    .error {
      overflow-wrap: anywhere;
      max-width: 40ch;
    }
  `,
})
export class SchedulesPageComponent implements OnInit {
  readonly #ops = inject(OperationsApi);
  readonly #destroyRef = inject(DestroyRef);

  readonly when: UkDateFormat = 'd MMM y, HH:mm:ss';
  readonly columns = [
    'name',
    'queue',
    'interval',
    'lastStartedAt',
    'lastSucceededAt',
    'nextRunAt',
    'lastError',
  ];
  readonly schedules = signal<ScheduleView[]>([]);
  readonly loading = signal(true);
  readonly error = signal<string | null>(null);
  readonly lateCount = computed(
    () => this.schedules().filter((s) => s.late).length,
  );

  ngOnInit(): void {
    this.load();
  }

  load(): void {
    this.loading.set(true);
    this.error.set(null);
    this.#ops
      .schedules()
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: (schedules) => {
          this.schedules.set(schedules);
          this.loading.set(false);
        },
        error: (error: unknown) => {
          this.error.set(toApiError(error).message);
          this.loading.set(false);
        },
      });
  }
}
