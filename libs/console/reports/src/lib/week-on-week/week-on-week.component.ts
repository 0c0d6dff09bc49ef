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
import { MatAnchor, MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { ReportsApi, toApiError } from '@navdesk/console/data-access';
import { ErrorBannerComponent, LoadingIndicatorComponent } from '@navdesk/console/ui';
import type { ReportsOverview } from '@navdesk/contracts';
import { PatientCountComponent } from '../format/patient-count.component';
import { compareWeeks } from '../format/report-format';

const ARROWS = { up: '↑', down: '↓', same: '→', unknown: '·' } as const;

const DAY = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'short',
});

/** "23 Mar" from a London date (YYYY-MM-DD). */
function shortDay(date: string): string {
  const at = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(at) ? date : DAY.format(at);
}

/** Managers: this week's figures against last week's, each saying in words whether it is better. */
@Component({
  selector: 'nd-week-on-week',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatAnchor,
    MatButton,
    ErrorBannerComponent,
    LoadingIndicatorComponent,
    PatientCountComponent,
  ],
  host: {
    role: 'region',
    'aria-labelledby': 'week-on-week-heading',
    'data-testid': 'week-on-week',
  },
  templateUrl: './week-on-week.component.html',
  styleUrl: './week-on-week.component.scss',
})
export class WeekOnWeekComponent implements OnInit {
  readonly #api = inject(ReportsApi);
  readonly #destroyRef = inject(DestroyRef);

  readonly overview = signal<ReportsOverview | null>(null);
  readonly loading = signal(true);
  readonly error = signal<string | null>(null);

  readonly period = computed(() => {
    const o = this.overview();
    if (!o) return '';
    // The API's windows name their last day (`to` is inclusive).
    return `This week ${shortDay(o.thisWeek.from)} to ${shortDay(o.thisWeek.to)}, against ${shortDay(o.lastWeek.from)} to ${shortDay(o.lastWeek.to)}, all your services.`;
  });
  readonly figures = computed(() =>
    (this.overview()?.figures ?? []).map((figure) => {
      const comparison = compareWeeks(
        figure.thisWeek,
        figure.lastWeek,
        figure.betterWhen,
      );
      return {
        ...figure,
        comparison,
        arrow: ARROWS[comparison.direction],
      };
    }),
  );

  ngOnInit(): void {
    this.load();
  }

  load(): void {
    this.loading.set(true);
    this.error.set(null);
    this.#api
      .overview()
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: (overview) => {
          this.overview.set(overview);
          this.loading.set(false);
        },
        error: (error: unknown) => {
          this.loading.set(false);
          this.error.set(toApiError(error).message);
        },
      });
  }
}
