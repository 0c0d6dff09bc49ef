import { NgTemplateOutlet } from '@angular/common';
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
import { debounceTime } from 'rxjs';
import {
  LiveEventsService,
  pagedList,
  PagedList,
  TrainingApi,
} from '@navdesk/console/data-access';
import { ErrorBannerComponent, formatLondon, LoadingIndicatorComponent, LoadMoreComponent } from '@navdesk/console/ui';
import { TrainingModuleView, TrainingSessionView } from '@navdesk/contracts';
import { injectMyServices } from '../my-services';
import { ScheduleFormComponent } from './schedule-form.component';
import { SessionsTableComponent } from './sessions-table.component';

export const UPCOMING_PAGE = 50;
export const PAST_PAGE = 20;

/** Navigators: schedule sessions, and see those to come and those done with seats booked. */
@Component({
  selector: 'nd-schedule-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LoadMoreComponent, 
    NgTemplateOutlet,
    MatButton,
    ErrorBannerComponent,
    LoadingIndicatorComponent,
    ScheduleFormComponent,
    SessionsTableComponent,
  ],
  template: `
    <nd-schedule-form
      [modules]="modules()"
      [services]="services()"
      (created)="created($event)"
    />
    <p class="nd-announcement" role="status" data-testid="schedule-status">
      {{ announcement() }}
    </p>

    <section aria-labelledby="upcoming-heading">
      <h2 id="upcoming-heading">Upcoming sessions</h2>
      <ng-container
        *ngTemplateOutlet="
          list;
          context: {
            $implicit: upcoming,
            label: 'Upcoming training sessions',
            empty: 'No sessions planned. Schedule one above.',
          }
        "
      />
    </section>

    <section aria-labelledby="past-heading">
      <h2 id="past-heading">Past sessions</h2>
      <ng-container
        *ngTemplateOutlet="
          list;
          context: {
            $implicit: past,
            label: 'Past training sessions',
            empty: 'No sessions have been run yet.',
          }
        "
      />
    </section>

    <ng-template #list let-list let-label="label" let-empty="empty">
      @if (list.error(); as message) {
        <nd-error-banner
          heading="The sessions could not be loaded"
          [message]="message"
        >
          <button mat-stroked-button type="button" (click)="list.load()">
            Try again
          </button>
        </nd-error-banner>
      } @else if (list.loading()) {
        <nd-loading-indicator label="Loading sessions…" />
      } @else if (list.items().length === 0) {
        <p class="nd-muted">{{ empty }}</p>
      } @else {
        <nd-sessions-table [sessions]="list.items()" [label]="label" />
        @if (list.nextCursor()) {
          <nd-load-more label="Show more sessions" [loading]="list.loadingMore()" (more)="list.loadMore()" />
        }
      }
    </ng-template>
  `,
  styles: `
    :host {
      display: grid;
      gap: 16px;
    }
    h2 {
      margin: 8px 0;
      font: var(--mat-sys-title-large);
    }
  `,
})
export class SchedulePageComponent implements OnInit {
  readonly #api = inject(TrainingApi);
  readonly #live = inject(LiveEventsService);
  readonly #destroyRef = inject(DestroyRef);

  readonly services = injectMyServices();
  readonly modules = signal<TrainingModuleView[]>([]);
  readonly announcement = signal('');

  readonly upcoming: PagedList<TrainingSessionView> = pagedList((cursor) =>
    this.#api.sessions({ when: 'upcoming' }, { limit: UPCOMING_PAGE, cursor }),
  );
  readonly past: PagedList<TrainingSessionView> = pagedList((cursor) =>
    this.#api.sessions({ when: 'past' }, { limit: PAST_PAGE, cursor }),
  );

  ngOnInit(): void {
    this.#api
      .modules()
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: (modules) => this.modules.set(modules),
        error: () => this.modules.set([]),
      });
    this.upcoming.load();
    this.past.load();
    this.#live
      .ofType('training.changed')
      .pipe(debounceTime(200), takeUntilDestroyed(this.#destroyRef))
      .subscribe(() => {
        this.#refresh(this.upcoming, 'upcoming', UPCOMING_PAGE);
        this.#refresh(this.past, 'past', PAST_PAGE);
      });
  }

  created(session: TrainingSessionView): void {
    this.announcement.set(
      `Scheduled: ${session.module.title}, ${formatLondon(session.startsAt)}.`,
    );
    this.#refresh(this.upcoming, 'upcoming', UPCOMING_PAGE);
  }

  /** Re-reads the first page in place (no loading bar), keeping rows loaded further down. */
  #refresh(
    list: PagedList<TrainingSessionView>,
    when: 'upcoming' | 'past',
    limit: number,
  ): void {
    this.#api
      .sessions({ when }, { limit })
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: (page) => {
          const fresh = new Set(page.items.map((s) => s.id));
          const beyond = list.items().slice(limit);
          list.items.set([
            ...page.items,
            ...beyond.filter((s) => !fresh.has(s.id)),
          ]);
          if (beyond.length === 0) list.nextCursor.set(page.nextCursor);
        },
        error: () => undefined,
      });
  }
}
