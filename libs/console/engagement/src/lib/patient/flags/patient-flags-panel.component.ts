import {
  ChangeDetectionStrategy,
  Component,
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
import { debounceTime, Subscription } from 'rxjs';
import {
  LiveEventsService,
  PatientEngagementApi,
  SessionStore,
  toApiError,
} from '@navdesk/console/data-access';
import {
  ErrorBannerComponent,
  FLAG_KIND_LABELS,
  LoadingIndicatorComponent,
  UkDatePipe,
} from '@navdesk/console/ui';
import { PatientFlagView } from '@navdesk/contracts';
import {
  FLAG_CAUSE_LABELS,
  FLAG_STATUS_LABELS,
} from '../../badges/engagement-labels';
import { FlagAcknowledgeComponent } from '../../badges/flag-acknowledge.component';
import { FlagChipComponent } from '../../badges/flag-chip.component';

/** A patient's flags (open, acknowledged, recently cleared), newest first; navigators acknowledge. */
@Component({
  selector: 'nd-patient-flags-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    UkDatePipe,
    MatButton,
    ErrorBannerComponent,
    LoadingIndicatorComponent,
    FlagChipComponent,
    FlagAcknowledgeComponent,
  ],
  host: {
    role: 'region',
    'aria-labelledby': 'flags-heading',
    'data-testid': 'flags-panel',
  },
  templateUrl: './patient-flags-panel.component.html',
  styleUrl: './patient-flags-panel.component.scss',
})
export class PatientFlagsPanelComponent implements OnInit {
  readonly #api = inject(PatientEngagementApi);
  readonly #live = inject(LiveEventsService);
  readonly #destroyRef = inject(DestroyRef);

  readonly patientRef = input.required<string>();

  readonly isNavigator = inject(SessionStore).isNavigator;
  readonly kindLabels = FLAG_KIND_LABELS;
  readonly causeLabels = FLAG_CAUSE_LABELS;
  readonly statusLabels = FLAG_STATUS_LABELS;

  readonly flags = signal<PatientFlagView[]>([]);
  readonly loading = signal(true);
  readonly error = signal<string | null>(null);
  readonly announcement = signal('');
  #load: Subscription | null = null;

  constructor() {
    effect(() => {
      this.patientRef();
      untracked(() => {
        this.flags.set([]);
        this.load();
      });
    });
  }

  ngOnInit(): void {
    // Events name the patient by id, which the page does not hold (only the ref): any
    // patient's change re-reads this patient's flags, at most a few times a second.
    this.#live
      .ofType('patient.changed')
      .pipe(debounceTime(300), takeUntilDestroyed(this.#destroyRef))
      .subscribe(() => this.load({ quiet: true }));
  }

  load(options: { quiet?: boolean } = {}): void {
    this.#load?.unsubscribe();
    if (!options.quiet) this.loading.set(true);
    this.error.set(null);
    this.#load = this.#api
      .flags(this.patientRef())
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: (flags) => {
          this.flags.set(flags);
          this.loading.set(false);
        },
        error: (error: unknown) => {
          this.loading.set(false);
          if (!options.quiet) this.error.set(toApiError(error).message);
        },
      });
  }

  /** A flag acknowledged from the list: updated in place, and said. */
  acknowledged(updated: PatientFlagView): void {
    this.flags.update((flags) =>
      flags.map((f) => (f.id === updated.id ? updated : f)),
    );
    this.announcement.set(
      `${FLAG_KIND_LABELS[updated.kind]} flag acknowledged.`,
    );
  }
}
