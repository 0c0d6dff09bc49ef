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
import { debounceTime, forkJoin, interval } from 'rxjs';
import {
  LiveEventsService,
  toApiError,
  TrainingApi,
} from '@navdesk/console/data-access';
import {
  ErrorBannerComponent,
  LoadingIndicatorComponent,
  PageHeaderComponent,
} from '@navdesk/console/ui';
import {
  TRAINING_LIMITS,
  TrainingModuleView,
  TrainingRecord,
  TrainingSessionView,
} from '@navdesk/contracts';
import { CatalogueTableComponent } from '../catalogue/catalogue-table.component';
import { RateConfidenceComponent } from './rate-confidence.component';
import { TrainingRecordComponent } from './training-record.component';
import { UpcomingSessionsComponent } from './upcoming-sessions.component';

export const UPCOMING_LIMIT = 50;
/** Recent past sessions, to find a booked one the PWP has not yet rated. */
export const PAST_LIMIT = 20;
const MINUTE_MS = 60_000;

/** True when attendance for `session` may be recorded at `now` (from an hour before it starts). */
export function isRateable(session: TrainingSessionView, now: number): boolean {
  return (
    session.myBooking === 'booked' &&
    !session.cancelled &&
    now >=
      Date.parse(session.startsAt) -
        TRAINING_LIMITS.attendanceOpensMinutesBefore * MINUTE_MS
  );
}

/** PWPs: sessions to book, confidence to rate, their record and the catalogue. */
@Component({
  selector: 'nd-pwp-training-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButton,
    PageHeaderComponent,
    ErrorBannerComponent,
    LoadingIndicatorComponent,
    UpcomingSessionsComponent,
    RateConfidenceComponent,
    TrainingRecordComponent,
    CatalogueTableComponent,
  ],
  template: `
    <nd-page-header
      heading="Training"
      lead="Sessions your digital navigators run on the programme, your core induction and how your confidence has grown. Times are UK time."
    />
    @if (error(); as message) {
      <nd-error-banner
        heading="Your training could not be loaded"
        [message]="message"
      >
        <button mat-stroked-button type="button" (click)="load()">
          Try again
        </button>
      </nd-error-banner>
    }
    @if (loading()) {
      <nd-loading-indicator label="Loading your training…" />
    } @else if (!error()) {
      <div class="sections">
        <nd-upcoming-sessions
          [sessions]="upcoming()"
          (changed)="bookingChanged($event)"
        />
        <nd-rate-confidence [sessions]="rateable()" (rated)="load(true)" />
        @if (record(); as r) {
          <nd-training-record [record]="r" />
        }
        <section aria-labelledby="catalogue-heading">
          <h2 id="catalogue-heading">Catalogue</h2>
          <nd-catalogue-table [modules]="modules()" />
        </section>
      </div>
    }
  `,
  styles: `
    .sections {
      display: grid;
      gap: 32px;
    }
    h2 {
      margin: 0 0 8px;
      font: var(--mat-sys-title-large);
    }
  `,
})
export class PwpTrainingPageComponent implements OnInit {
  readonly #api = inject(TrainingApi);
  readonly #live = inject(LiveEventsService);
  readonly #destroyRef = inject(DestroyRef);

  readonly upcoming = signal<TrainingSessionView[]>([]);
  readonly past = signal<TrainingSessionView[]>([]);
  readonly record = signal<TrainingRecord | null>(null);
  readonly modules = signal<TrainingModuleView[]>([]);
  readonly loading = signal(true);
  readonly error = signal<string | null>(null);
  readonly #now = signal(Date.now());

  /** Booked sessions that have started (or start within the hour) and are not yet rated. */
  readonly rateable = computed(() => {
    const now = this.#now();
    const seen = new Set<string>();
    return [...this.upcoming(), ...this.past()]
      .filter((session) => isRateable(session, now))
      .filter((session) => !seen.has(session.id) && !!seen.add(session.id))
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  });

  ngOnInit(): void {
    this.load();
    this.#live
      .ofType('training.changed')
      .pipe(debounceTime(200), takeUntilDestroyed(this.#destroyRef))
      .subscribe(() => this.load(true));
    // A booked session starting while the page is open becomes rateable.
    interval(MINUTE_MS)
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe(() => this.#now.set(Date.now()));
  }

  /** `quiet`: refresh in place (live events, after a rating) without the loading bar. */
  load(quiet = false): void {
    if (!quiet) this.loading.set(true);
    this.error.set(null);
    forkJoin({
      upcoming: this.#api.sessions(
        { when: 'upcoming' },
        { limit: UPCOMING_LIMIT },
      ),
      past: this.#api.sessions({ when: 'past' }, { limit: PAST_LIMIT }),
      record: this.#api.myRecord(),
      modules: this.#api.modules(),
    })
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: ({ upcoming, past, record, modules }) => {
          this.upcoming.set(upcoming.items);
          this.past.set(past.items);
          this.record.set(record);
          this.modules.set(modules);
          this.#now.set(Date.now());
          this.loading.set(false);
        },
        error: (error: unknown) => {
          this.loading.set(false);
          if (!quiet) this.error.set(toApiError(error).message);
        },
      });
  }

  bookingChanged(session: TrainingSessionView): void {
    this.upcoming.update((sessions) =>
      sessions.map((s) => (s.id === session.id ? session : s)),
    );
    this.load(true);
  }
}
