import { DatePipe } from '@angular/common';
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
import {
  EmptyStateComponent,
  ErrorBannerComponent,
  LoadingIndicatorComponent,
  PageHeaderComponent,
} from '@navdesk/console/ui';
import { FailedJobView } from '@navdesk/contracts';

@Component({
  selector: 'nd-failed-jobs-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    MatButton,
    MatTableModule,
    PageHeaderComponent,
    EmptyStateComponent,
    ErrorBannerComponent,
    LoadingIndicatorComponent,
  ],
  template: `
    <nd-page-header
      heading="Failed jobs"
      lead="Background jobs that failed for good after their retries, with the reason."
    >
      <button
        mat-stroked-button
        type="button"
        (click)="load()"
        [disabled]="loading()"
      >
        Refresh
      </button>
    </nd-page-header>
    @if (error(); as message) {
      <nd-error-banner
        heading="Failed jobs could not be loaded"
        [message]="message"
      />
    }
    @if (loading()) {
      <nd-loading-indicator label="Loading failed jobs…" />
    } @else if (jobs().length === 0 && !error()) {
      <nd-empty-state
        heading="No failed jobs"
        message="Every job has completed or is still retrying."
      />
    } @else if (jobs().length > 0) {
      <div class="nd-table-card">
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
                job.finishedAt ? (job.finishedAt | date: 'd MMM y, HH:mm') : '—'
              }}
            </td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="columns"></tr>
          <tr mat-row *matRowDef="let row; columns: columns"></tr>
        </table>
      </div>
    }
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
