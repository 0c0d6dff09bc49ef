import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { Subscription } from 'rxjs';
import { PatientEngagementApi, toApiError } from '@navdesk/console/data-access';
import {
  ErrorBannerComponent,
  LoadingIndicatorComponent,
  UkDatePipe,
} from '@navdesk/console/ui';
import { ChartComponent } from '@navdesk/console/ui/chart';
import { PatientEngagement } from '@navdesk/contracts';
import {
  loginCalendar,
  MODULE_STATUS_LABELS,
  moduleRows,
  moodChart,
  notificationChart,
} from './engagement-data';
import { LoginCalendarComponent } from './login-calendar.component';

/**
 * The patient's online engagement over the last 12 weeks: mood, log-ins, module progress and
 * notification burden. Every chart can be read as a table.
 */
@Component({
  selector: 'nd-engagement-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    UkDatePipe,
    MatButton,
    ChartComponent,
    ErrorBannerComponent,
    LoadingIndicatorComponent,
    LoginCalendarComponent,
  ],
  host: {
    role: 'region',
    'aria-labelledby': 'engagement-heading',
    'data-testid': 'engagement-section',
  },
  templateUrl: './engagement-section.component.html',
  styleUrl: './engagement-section.component.scss',
})
export class EngagementSectionComponent {
  readonly #api = inject(PatientEngagementApi);
  readonly #destroyRef = inject(DestroyRef);

  readonly patientRef = input.required<string>();
  /** From the patient's register entry: mandatory modules not yet started are listed too. */
  readonly mandatoryModules = input<readonly string[]>([]);

  readonly engagement = signal<PatientEngagement | null>(null);
  readonly loading = signal(true);
  readonly error = signal<string | null>(null);
  readonly moduleStatusLabels = MODULE_STATUS_LABELS;

  /** Everything the section shows, worked out once per load. */
  readonly view = computed(() => {
    const e = this.engagement();
    if (!e) return null;
    return {
      engagement: e,
      mood: moodChart(e),
      calendar: loginCalendar(e),
      modules: moduleRows(e, this.mandatoryModules()),
      notifications: notificationChart(e),
    };
  });
  readonly dismissedShare = computed(() => {
    const n = this.engagement()?.notifications;
    return n && n.sent > 0 ? Math.round((n.dismissed / n.sent) * 100) : null;
  });

  #load: Subscription | null = null;

  constructor() {
    effect(() => {
      this.patientRef();
      untracked(() => this.load());
    });
  }

  load(): void {
    this.#load?.unsubscribe();
    this.loading.set(true);
    this.error.set(null);
    const ref = this.patientRef();
    this.#load = this.#api
      .engagement(ref)
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: (engagement) => {
          this.engagement.set(engagement);
          this.loading.set(false);
        },
        error: (error: unknown) => {
          this.engagement.set(null);
          this.loading.set(false);
          this.error.set(toApiError(error).message);
        },
      });
  }
}
