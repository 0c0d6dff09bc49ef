import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject,
  OnInit,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatAnchor, MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { debounceTime } from 'rxjs';
import {
  BriefsApi,
  LiveEventsService,
  toApiError,
} from '@navdesk/console/data-access';
import {
  EmptyStateComponent,
  ErrorBannerComponent,
  FLAG_KIND_LABELS,
  LoadingIndicatorComponent,
  UkDatePipe,
} from '@navdesk/console/ui';
import { PreSessionBrief } from '@navdesk/contracts';

/** PWPs: a card per patient with a face-to-face session in the next two working days. */
@Component({
  selector: 'nd-todays-briefs',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    UkDatePipe,
    RouterLink,
    MatAnchor,
    MatButton,
    EmptyStateComponent,
    ErrorBannerComponent,
    LoadingIndicatorComponent,
  ],
  host: {
    role: 'region',
    'aria-labelledby': 'briefs-heading',
    'data-testid': 'todays-briefs',
  },
  templateUrl: './todays-briefs.component.html',
  styleUrl: './todays-briefs.component.scss',
})
export class TodaysBriefsComponent implements OnInit {
  readonly #api = inject(BriefsApi);
  readonly #live = inject(LiveEventsService);
  readonly #destroyRef = inject(DestroyRef);

  readonly briefs = signal<PreSessionBrief[]>([]);
  readonly loading = signal(true);
  readonly error = signal<string | null>(null);

  ngOnInit(): void {
    this.load();
    this.#live
      .ofType('patient.changed')
      .pipe(debounceTime(300), takeUntilDestroyed(this.#destroyRef))
      .subscribe(() => this.load({ quiet: true }));
  }

  load(options: { quiet?: boolean } = {}): void {
    if (!options.quiet) {
      this.loading.set(true);
      this.error.set(null);
    }
    this.#api
      .today()
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: (briefs) => {
          this.briefs.set(briefs);
          this.error.set(null);
          this.loading.set(false);
        },
        error: (error: unknown) => {
          this.loading.set(false);
          if (!options.quiet) this.error.set(toApiError(error).message);
        },
      });
  }

  flagNames(brief: PreSessionBrief): string {
    const open = brief.flags.filter((flag) => flag.status !== 'cleared');
    return open.length === 0
      ? 'No flags'
      : open.map((flag) => FLAG_KIND_LABELS[flag.kind]).join(', ');
  }

  moodText(brief: PreSessionBrief): string {
    const { latest, min, max } = brief.mood;
    if (latest === null) return 'No mood ratings';
    return min !== null && max !== null && min !== max
      ? `Mood ${latest}/10 (range ${min}–${max})`
      : `Mood ${latest}/10`;
  }

  loginText(brief: PreSessionBrief): string {
    const { count, longestGapDays } = brief.logins;
    if (count === 0) return 'No log-ins since the last session';
    return `${count} ${count === 1 ? 'log-in' : 'log-ins'}, longest gap ${longestGapDays} ${longestGapDays === 1 ? 'day' : 'days'}`;
  }
}
