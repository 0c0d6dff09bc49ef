import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  input,
  OnInit,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { debounceTime, Subscription } from 'rxjs';
import {
  errorStatus,
  LiveEventsService,
  PatientEngagementApi,
  RESET_STATUS_LABELS,
  toApiError,
} from '@navdesk/console/data-access';
import { EmptyStateComponent, ErrorBannerComponent, FLAG_KIND_LABELS, LoadingIndicatorComponent, PageHeaderComponent, describeTailoringChange, tailoringStatusLabel, UkDatePipe } from '@navdesk/console/ui';
import {
  PLANNED_SESSIONS,
  PreSessionBrief,
  STATUS_LABELS,
} from '@navdesk/contracts';
import { FLAG_CAUSE_LABELS, FLAG_STATUS_LABELS, moodChangeWords } from '../badges/engagement-labels';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What the page shows instead of a brief. */
export interface BriefProblem {
  kind: 'none' | 'error';
  message: string;
}

/**
 * The pre-session brief: what changed since the last session, readable in a minute and printable
 * on one A4 page.
 */
@Component({
  selector: 'nd-brief-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    UkDatePipe,
    RouterLink,
    MatButton,
    PageHeaderComponent,
    EmptyStateComponent,
    ErrorBannerComponent,
    LoadingIndicatorComponent,
  ],
  templateUrl: './brief-page.component.html',
  styleUrl: './brief-page.component.scss',
})
export class BriefPageComponent implements OnInit {
  readonly #api = inject(PatientEngagementApi);
  readonly #live = inject(LiveEventsService);
  readonly #destroyRef = inject(DestroyRef);

  /** The patient ref (route parameter). */
  readonly ref = input.required<string>();

  readonly brief = signal<PreSessionBrief | null>(null);
  readonly loading = signal(true);
  readonly problem = signal<BriefProblem | null>(null);

  readonly plannedTotal = PLANNED_SESSIONS.total;
  readonly kindLabels = FLAG_KIND_LABELS;
  readonly causeLabels = FLAG_CAUSE_LABELS;
  readonly flagStatusLabels = FLAG_STATUS_LABELS;

  readonly heading = computed(() => `Pre-session brief: ${this.ref()}`);
  readonly sinceDays = computed(() => {
    const brief = this.brief();
    return brief
      ? Math.max(
          0,
          Math.round(
            (Date.parse(brief.preparedAt) - Date.parse(brief.since)) / DAY_MS,
          ),
        )
      : 0;
  });
  readonly moodText = computed(() => {
    const mood = this.brief()?.mood;
    if (!mood || mood.ratings === 0 || mood.latest === null) {
      return 'No mood ratings since the last session.';
    }
    const ratings = `${mood.ratings} ${mood.ratings === 1 ? 'rating' : 'ratings'}`;
    const range =
      mood.min !== null && mood.max !== null
        ? `, range ${mood.min} to ${mood.max} over ${ratings}`
        : `, ${ratings}`;
    const change =
      mood.change === null
        ? ''
        : `; ${moodChangeWords(mood.change)} since the last session`;
    return `Latest ${mood.latest} out of 10${range}${change}.`;
  });
  readonly notificationsText = computed(() => {
    const n = this.brief()?.notifications;
    if (!n) return '';
    const share =
      n.sent > 0 ? ` (${Math.round((n.dismissed / n.sent) * 100)}%)` : '';
    return `${n.sent} sent, ${n.dismissed} dismissed unread${share}.`;
  });
  #load: Subscription | null = null;

  constructor() {
    effect(() => {
      this.ref();
      untracked(() => {
        this.brief.set(null);
        this.load();
      });
    });
  }

  ngOnInit(): void {
    this.#live
      .ofType('patient.changed')
      .pipe(debounceTime(300), takeUntilDestroyed(this.#destroyRef))
      .subscribe(() => this.load({ quiet: true }));
  }

  load(options: { quiet?: boolean } = {}): void {
    this.#load?.unsubscribe();
    if (!options.quiet) {
      this.loading.set(true);
      this.problem.set(null);
    }
    this.#load = this.#api
      .brief(this.ref())
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: (brief) => {
          this.brief.set(brief);
          this.problem.set(null);
          this.loading.set(false);
        },
        error: (error: unknown) => {
          this.loading.set(false);
          if (errorStatus(error) === 404) {
            this.brief.set(null);
            this.problem.set({
              kind: 'none',
              message: `Briefs are prepared for patients with a face-to-face session in the next two working days, and ${this.ref()} has none booked then (or is not in your caseload).`,
            });
          } else if (!options.quiet) {
            this.problem.set({
              kind: 'error',
              message: toApiError(error).message,
            });
          }
        },
      });
  }

  print(): void {
    window.print();
  }

  ticketStatus(status: string): string {
    return (STATUS_LABELS as Record<string, string>)[status] ?? status;
  }

  tailoringChange(
    item: NonNullable<PreSessionBrief['tailoring']>[number],
  ): string {
    return describeTailoringChange(item);
  }

  tailoringStatus(status: string): string {
    return tailoringStatusLabel(status).toLowerCase();
  }

  resetStatus(status: string): string {
    return (RESET_STATUS_LABELS as Record<string, string>)[status] ?? status;
  }
}
