import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject,
  OnInit,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatTableModule } from '@angular/material/table';
import { OperationsApi, toApiError } from '@navdesk/console/data-access';
import { ListPageBodyDirective, ListPageComponent, UkDatePipe } from '@navdesk/console/ui';
import { FailedJobView } from '@navdesk/contracts';

@Component({
  selector: 'nd-failed-jobs-page',
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
      heading="Failed jobs"
      lead="Background jobs that failed for good after their retries, with the reason."
      [count]="jobs().length"
      [loading]="loading()"
      [error]="error()"
      errorHeading="Failed jobs could not be loaded"
      loadingLabel="Loading failed jobs…"
      emptyHeading="No failed jobs"
      emptyMessage="Every job has completed or is still retrying."
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
      <div class="nd-table-card" *ndListPageBody>
        <table mat-table [dataSource]="jobs()" aria-label="Failed jobs">
          <ng-container matColumnDef="queue">
            <th mat-header-cell *matHeaderCellDef scope="col">Queue</th>
            <td mat-cell *matCellDef="let job">{{ job.queue }}</td>
          </ng-container>
          <ng-container matColumnDef="name">
            <th mat-header-cell *matHeaderCellDef scope="col">Job</th>
            <td mat-cell *matCellDef="let job">
              {{ job.name }} <span class="id">#{{ job.id }}</span>
            </td>
          </ng-container>
          <ng-container matColumnDef="reason">
            <th mat-header-cell *matHeaderCellDef scope="col">Reason</th>
            <td mat-cell *matCellDef="let job" class="reason">
              {{ job.failedReason }}
            </td>
          </ng-container>
          <ng-container matColumnDef="attempts">
            <th mat-header-cell *matHeaderCellDef scope="col">Attempts</th>
            <td mat-cell *matCellDef="let job">{{ job.attemptsMade }}</td>
          </ng-container>
          <ng-container matColumnDef="finishedAt">
            <th mat-header-cell *matHeaderCellDef scope="col">Failed</th>
            <td mat-cell *matCellDef="let job">
              {{
                job.finishedAt ? (job.finishedAt | ukDate: 'd MMM y, HH:mm') : '—'
              }}
            </td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="columns"></tr>
          <tr mat-row *matRowDef="let row; columns: columns"></tr>
        </table>
      </div>
    </nd-list-page>
  `,
  styles: `
    .id {
      color: var(--nd-text-secondary);
      font-size: 0.875rem;
    }
    .reason {
      overflow-wrap: anywhere;
      max-width: 40ch;
    }
  `,
})
export class FailedJobsPageComponent implements OnInit {
  readonly #ops = inject(OperationsApi);
  readonly #destroyRef = inject(DestroyRef);

  readonly columns = ['queue', 'name', 'reason', 'attempts', 'finishedAt'];
  readonly jobs = signal<FailedJobView[]>([]);
  readonly loading = signal(true);
  readonly error = signal<string | null>(null);

  ngOnInit(): void {
    this.load();
  }

  load(): void {
    this.loading.set(true);
    this.error.set(null);
    this.#ops
      .failedJobs()
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: (jobs) => {
          this.jobs.set(jobs);
          this.loading.set(false);
        },
        error: (error: unknown) => {
          this.error.set(toApiError(error).message);
          this.loading.set(false);
        },
      });
  }
}
