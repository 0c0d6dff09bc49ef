import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  input,
  OnInit,
  output,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { buffer, debounceTime, EMPTY, filter, interval, switchMap } from 'rxjs';
import {
  LiveEventsService,
  NotificationChangesApi,
  toApiError,
} from '@navdesk/console/data-access';
import { ErrorBannerComponent, UkDatePipe } from '@navdesk/console/ui';
import {
  NotificationChangeStatus,
  NotificationChangeView,
  NotificationSettings,
} from '@navdesk/contracts';
import { NotificationChangeFormComponent } from './notification-change-form.component';
import { PATIENT_POLL_MS } from './patient.constants';
import {
  describeReminders,
  NOTIFICATION_CHANGE_STATUS_LABELS,
} from './reminder-labels';

const PILL_CLASSES: Record<NotificationChangeStatus, string> = {
  queued: 'pill',
  applied: 'pill pill--good',
  failed: 'pill pill--bad',
};

/** The patient's reminders now, the changes made to them, and (navigators) a change. */
@Component({
  selector: 'nd-notifications-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    UkDatePipe,
    RouterLink,
    MatButton,
    ErrorBannerComponent,
    NotificationChangeFormComponent,
  ],
  host: {
    role: 'region',
    'aria-labelledby': 'notifications-heading',
    'data-testid': 'notifications-panel',
  },
  templateUrl: './notifications-panel.component.html',
  styleUrl: './notifications-panel.component.scss',
})
export class NotificationsPanelComponent implements OnInit {
  readonly #api = inject(NotificationChangesApi);
  readonly #live = inject(LiveEventsService);
  readonly #destroyRef = inject(DestroyRef);

  readonly patientRef = input.required<string>();
  /** The reminders the programme has now; null until the account is checked. */
  readonly current = input<NotificationSettings | null>(null);
  /** Navigators may change reminders; PWPs read. */
  readonly canChange = input(false);
  /** A change has been applied by the programme: the account is worth checking again. */
  readonly applied = output<void>();

  readonly statusLabels = NOTIFICATION_CHANGE_STATUS_LABELS;
  readonly pillClasses = PILL_CLASSES;
  readonly changes = signal<NotificationChangeView[]>([]);
  readonly loading = signal(true);
  readonly error = signal<string | null>(null);
  /** Said politely to screen readers: a change queued, applied or failed. */
  readonly announcement = signal('');

  readonly currentText = computed(() => {
    const current = this.current();
    return current ? describeReminders(current) : null;
  });
  readonly #hasQueued = computed(() =>
    this.changes().some((change) => change.status === 'queued'),
  );

  constructor() {
    effect(() => {
      this.patientRef();
      untracked(() => {
        this.changes.set([]);
        this.load();
      });
    });
    toObservable(this.#hasQueued)
      .pipe(
        switchMap((queued) => (queued ? interval(PATIENT_POLL_MS) : EMPTY)),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.load({ quiet: true }));
  }

  ngOnInit(): void {
    const events = this.#live.ofType('notification-change.changed');
    events
      .pipe(
        buffer(events.pipe(debounceTime(200))),
        filter((batch) => batch.length > 0),
        takeUntilDestroyed(this.#destroyRef),
      )
      .subscribe(() => this.load({ quiet: true }));
  }

  load(options: { quiet?: boolean } = {}): void {
    if (!options.quiet) this.loading.set(true);
    this.error.set(null);
    this.#api
      .list(this.patientRef())
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: (changes) => {
          const before = new Map(this.changes().map((c) => [c.id, c.status]));
          this.changes.set(changes);
          this.loading.set(false);
          const moved = changes.find(
            (c) => before.has(c.id) && before.get(c.id) !== c.status,
          );
          if (moved) {
            this.announcement.set(
              `Reminder change ${this.statusLabels[moved.status].toLowerCase()}: ${describeReminders(moved.settings)}.`,
            );
          }
          if (moved?.status === 'applied') this.applied.emit();
        },
        error: (error: unknown) => {
          this.loading.set(false);
          if (!options.quiet) this.error.set(toApiError(error).message);
        },
      });
  }

  describe(change: NotificationChangeView): string {
    return describeReminders(change.settings);
  }

  created(change: NotificationChangeView): void {
    this.changes.update((changes) => [
      change,
      ...changes.filter((c) => c.id !== change.id),
    ]);
    this.announcement.set(
      'Change queued. It shows as applied once the digital programme has made it.',
    );
  }
}
