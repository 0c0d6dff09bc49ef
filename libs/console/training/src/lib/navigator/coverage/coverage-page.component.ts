import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  OnInit,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatTableModule } from '@angular/material/table';
import { debounceTime, Subscription } from 'rxjs';
import {
  LiveEventsService,
  toApiError,
  TrainingApi,
} from '@navdesk/console/data-access';
import {
  ErrorBannerComponent,
  LoadingIndicatorComponent,
} from '@navdesk/console/ui';
import { TrainingCoverage } from '@navdesk/contracts';
import { injectMyServices } from '../my-services';

type CoveragePwp = TrainingCoverage['pwps'][number];

/** Navigators: who in a service has not finished the core induction, and what is missing. */
@Component({
  selector: 'nd-coverage-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatInput,
    MatTableModule,
    ErrorBannerComponent,
    LoadingIndicatorComponent,
  ],
  template: `
    <section aria-labelledby="coverage-heading">
      <div class="head">
        <h2 id="coverage-heading">Coverage</h2>
        @if (services().length > 1) {
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>Service</mat-label>
            <select
              matNativeControl
              name="service"
              [ngModel]="serviceId()"
              (ngModelChange)="serviceId.set($event)"
            >
              @for (service of services(); track service.id) {
                <option [value]="service.id">{{ service.name }}</option>
              }
            </select>
          </mat-form-field>
        }
      </div>

      @if (error(); as message) {
        <nd-error-banner
          heading="Coverage could not be loaded"
          [message]="message"
        >
          <button mat-stroked-button type="button" (click)="load()">
            Try again
          </button>
        </nd-error-banner>
      } @else if (loading()) {
        <nd-loading-indicator label="Loading coverage…" />
      } @else if (coverage(); as c) {
        <p class="summary" data-testid="coverage-summary">
          {{ c.completeCount }} of {{ c.totalCount }}
          {{ c.totalCount === 1 ? 'PWP has' : 'PWPs have' }} completed the core
          induction{{ coreList() ? ' (' + coreList() + ')' : '' }}.
        </p>
        @if (incomplete().length === 0) {
          <p class="nd-muted">Everyone has completed the core induction.</p>
        } @else {
          <h3>Not yet complete</h3>
          <div class="nd-table-card">
            <table
              mat-table
              [dataSource]="incomplete()"
              aria-label="PWPs who have not completed the core induction"
            >
              <ng-container matColumnDef="name">
                <th mat-header-cell *matHeaderCellDef scope="col">PWP</th>
                <td mat-cell *matCellDef="let pwp">{{ pwp.name }}</td>
              </ng-container>
              <ng-container matColumnDef="missing">
                <th mat-header-cell *matHeaderCellDef scope="col">
                  Core modules still to do
                </th>
                <td mat-cell *matCellDef="let pwp">{{ missing(pwp) }}</td>
              </ng-container>
              <ng-container matColumnDef="done">
                <th mat-header-cell *matHeaderCellDef scope="col">Done</th>
                <td mat-cell *matCellDef="let pwp">
                  {{ pwp.done.length }} of {{ c.coreModules.length }}
                </td>
              </ng-container>
              <tr mat-header-row *matHeaderRowDef="columns"></tr>
              <tr
                mat-row
                *matRowDef="let row; columns: columns"
                [attr.data-pwp-id]="row.id"
              ></tr>
            </table>
          </div>
        }
        @if (complete().length > 0) {
          <h3>Complete</h3>
          <p data-testid="coverage-complete">{{ complete().join(', ') }}</p>
        }
      }
    </section>
  `,
  styles: `
    .head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 12px;
    }
    h2 {
      margin: 0;
      font: var(--mat-sys-title-large);
    }
    h3 {
      margin: 16px 0 8px;
      font: var(--mat-sys-title-medium);
    }
    .summary {
      font-weight: 600;
    }
  `,
})
export class CoveragePageComponent implements OnInit {
  readonly #api = inject(TrainingApi);
  readonly #live = inject(LiveEventsService);
  readonly #destroyRef = inject(DestroyRef);

  readonly services = injectMyServices();
  /** '' until chosen: the API picks the navigator's only service. */
  readonly serviceId = signal('');
  readonly coverage = signal<TrainingCoverage | null>(null);
  readonly loading = signal(true);
  readonly error = signal<string | null>(null);
  readonly columns = ['name', 'missing', 'done'];

  readonly incomplete = computed(
    () => this.coverage()?.pwps.filter((p) => !p.complete) ?? [],
  );
  readonly complete = computed(
    () =>
      this.coverage()
        ?.pwps.filter((p) => p.complete)
        .map((p) => p.name) ?? [],
  );
  readonly coreList = computed(
    () =>
      this.coverage()
        ?.coreModules.map((m) => m.title)
        .join(', ') ?? '',
  );
  readonly #titles = computed(
    () =>
      new Map((this.coverage()?.coreModules ?? []).map((m) => [m.id, m.title])),
  );
  #load: Subscription | null = null;

  constructor() {
    effect(() => {
      const services = this.services();
      untracked(() => {
        // With several services the API needs one: start with the first.
        if (services.length > 1 && !this.serviceId()) {
          this.serviceId.set(services[0].id);
        }
      });
    });
    effect(() => {
      this.serviceId();
      untracked(() => this.load());
    });
  }

  ngOnInit(): void {
    this.#live
      .ofType('training.changed')
      .pipe(debounceTime(300), takeUntilDestroyed(this.#destroyRef))
      .subscribe(() => this.load(true));
  }

  load(quiet = false): void {
    if (this.services().length > 1 && !this.serviceId()) return;
    this.#load?.unsubscribe();
    if (!quiet) this.loading.set(true);
    this.error.set(null);
    this.#load = this.#api
      .coverage(this.serviceId() || undefined)
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: (coverage) => {
          this.coverage.set(coverage);
          this.loading.set(false);
        },
        error: (error: unknown) => {
          this.loading.set(false);
          if (!quiet) this.error.set(toApiError(error).message);
        },
      });
  }

  missing(pwp: CoveragePwp): string {
    const titles = this.#titles();
    return pwp.missing.map((id) => titles.get(id) ?? id).join(', ');
  }
}
