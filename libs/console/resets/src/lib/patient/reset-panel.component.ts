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
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { RouterLink } from '@angular/router';
import {
  buffer,
  debounceTime,
  EMPTY,
  filter,
  interval,
  map,
  switchMap,
} from 'rxjs';
import {
  describeResetEvent,
  describeResetStatus,
  errorStatus,
  isResetPending,
  LiveEventsService,
  LoginResetsApi,
  RESET_CHANNEL_LABELS,
  RESET_STATUS_LABELS,
  retryAfterMinutes,
  SessionStore,
  toApiError,
} from '@navdesk/console/data-access';
import {
  confirmAction,
  ErrorBannerComponent,
  formatUkDate,
  UkDatePipe,
} from '@navdesk/console/ui';
import {
  CreatedLoginReset,
  LoginResetEventView,
  LoginResetView,
  RESET_CHANNELS,
  RESET_LIMITS,
  ResetChannel,
  ResetStatus,
} from '@navdesk/contracts';
import { PATIENT_POLL_MS } from './patient.constants';
import { ResetAuditTrailComponent } from './reset-audit-trail.component';

/** A message about the last request: a reset already under way, too many, or a failure. */
interface ResetNotice {
  tone: 'info' | 'error';
  heading: string;
  message: string;
}

const PILL_CLASSES: Record<ResetStatus, string> = {
  queued: 'pill',
  sent: 'pill',
  completed: 'pill pill--good',
  failed: 'pill pill--bad',
  expired: 'pill pill--muted',
};

/**
 * Asks the digital programme to send a patient a log-in reset link, then follows the latest
 * reset (queued → sent → completed, or failed / expired) by live events and a modest poll.
 */
@Component({
  selector: 'nd-reset-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    UkDatePipe,
    RouterLink,
    MatButton,
    MatRadioGroup,
    MatRadioButton,
    ErrorBannerComponent,
    ResetAuditTrailComponent,
  ],
  host: {
    role: 'region',
    'aria-labelledby': 'reset-heading',
    'data-testid': 'reset-panel',
  },
  templateUrl: './reset-panel.component.html',
  styleUrl: './reset-panel.component.scss',
})
export class ResetPanelComponent implements OnInit {
  readonly #resets = inject(LoginResetsApi);
  readonly #live = inject(LiveEventsService);
  readonly #dialog = inject(MatDialog);
  readonly #destroyRef = inject(DestroyRef);

  readonly patientRef = input.required<string>();

  readonly channels = RESET_CHANNELS;
  readonly channelLabels: Record<ResetChannel, string> = {
    email: 'Email',
    sms: 'SMS (text message)',
  };
  readonly shortChannelLabels = RESET_CHANNEL_LABELS;
  readonly statusLabels = RESET_STATUS_LABELS;
  readonly maxAttempts = RESET_LIMITS.attempts;
  readonly expiryHours = RESET_LIMITS.expiryHours;
  readonly isNavigator = inject(SessionStore).isNavigator;

  readonly channel = signal<ResetChannel>('email');
  readonly sending = signal(false);
  readonly notice = signal<ResetNotice | null>(null);
  /** The patient's most recent reset, if any. */
  readonly latest = signal<LoginResetView | null>(null);
  readonly timeline = signal<LoginResetEventView[]>([]);
  readonly loadingLatest = signal(true);
  readonly latestError = signal<string | null>(null);

  readonly statusText = computed(() => {
    const reset = this.latest();
    return reset ? describeResetStatus(reset) : '';
  });
  readonly pillClass = computed(() => {
    const reset = this.latest();
    return reset ? PILL_CLASSES[reset.status] : 'pill';
  });
  readonly #pendingId = computed(() => {
    const reset = this.latest();
    return reset && isResetPending(reset.status) ? reset.id : null;
  });

  constructor() {
    effect(() => {
      this.patientRef();
      untracked(() => {
        this.latest.set(null);
        this.timeline.set([]);
        this.notice.set(null);
        this.loadLatest();
      });
    });
    // Fallback for a dropped live stream: re-read a reset that can still change.
    toObservable(this.#pendingId)
      .pipe(
        switchMap((id) =>
          id ? interval(PATIENT_POLL_MS).pipe(map(() => id)) : EMPTY,
        ),
        takeUntilDestroyed(),
      )
      .subscribe((id) => this.#loadDetail(id));
  }

  ngOnInit(): void {
    // Events carry reset ids only: one of ours is re-read; any other may be a new reset for
    // this patient (made elsewhere), so the latest is looked up again.
    const events = this.#live.ofType('reset.changed');
    events
      .pipe(
        buffer(events.pipe(debounceTime(200))),
        filter((batch) => batch.length > 0),
        takeUntilDestroyed(this.#destroyRef),
      )
      .subscribe((batch) => {
        const current = this.latest()?.id;
        if (current && batch.every((event) => event.id === current)) {
          this.#loadDetail(current);
        } else {
          this.loadLatest({ quiet: true });
        }
      });
  }

  loadLatest(options: { quiet?: boolean } = {}): void {
    if (!options.quiet) this.loadingLatest.set(true);
    this.latestError.set(null);
    const patientRef = this.patientRef();
    this.#resets
      .ofPatient(patientRef, { limit: 1 })
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: (page) => {
          if (patientRef !== this.patientRef()) return;
          this.loadingLatest.set(false);
          const latest = page.items[0] ?? null;
          if (!latest) {
            this.latest.set(null);
            this.timeline.set([]);
            return;
          }
          if (latest.id !== this.latest()?.id) this.timeline.set([]);
          this.latest.set(latest);
          this.#loadDetail(latest.id);
        },
        error: (error: unknown) => {
          this.loadingLatest.set(false);
          if (!options.quiet) {
            this.latestError.set(toApiError(error).message);
          }
        },
      });
  }

  /** Confirms, then asks for the reset. */
  request(): void {
    if (this.sending()) return;
    const channel = this.channel();
    confirmAction(this.#dialog, {
      title: 'Send a log-in reset?',
      message: `The digital programme will send patient ${this.patientRef()} a link by ${
        channel === 'email' ? 'email' : 'text message (SMS)'
      } to set a new password. The link expires after ${RESET_LIMITS.expiryHours} hours. A patient can be sent at most ${RESET_LIMITS.perPatientPerHour} resets in an hour.`,
      confirm: 'Send reset link',
    })
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe((confirmed) => {
        if (confirmed) this.send(channel);
      });
  }

  send(channel: ResetChannel): void {
    this.sending.set(true);
    this.notice.set(null);
    this.#resets
      .create({ patientRef: this.patientRef(), channel })
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: (created) => {
          this.sending.set(false);
          this.#show(created);
        },
        error: (error: unknown) => {
          this.sending.set(false);
          this.notice.set(this.#failure(error));
        },
      });
  }

  describe(event: LoginResetEventView): string {
    const reset = this.latest();
    return describeResetEvent(event, reset?.channel ?? 'email');
  }

  #show(created: CreatedLoginReset): void {
    const { duplicate, ...reset } = created;
    if (reset.id !== this.latest()?.id) this.timeline.set([]);
    this.latest.set(reset);
    this.#loadDetail(reset.id);
    if (duplicate) {
      this.notice.set({
        tone: 'info',
        heading: 'A reset is already under way',
        message: `${reset.requestedBy.name} asked for one at ${this.#time(reset.createdAt)}; its status is ${RESET_STATUS_LABELS[reset.status]}. No second message was sent.`,
      });
    }
  }

  #failure(error: unknown): ResetNotice {
    const status = errorStatus(error);
    if (status === 429) {
      const minutes = retryAfterMinutes(error);
      const when =
        minutes === null
          ? 'Try again later.'
          : `You can try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}, at ${this.#time(
              new Date(Date.now() + minutes * 60_000).toISOString(),
            )}.`;
      return {
        tone: 'error',
        heading: 'Too many resets for this patient',
        message: `This patient has had ${RESET_LIMITS.perPatientPerHour} resets in the last hour. ${when}`,
      };
    }
    if (status === 404) {
      return {
        tone: 'error',
        heading: 'No reset was sent',
        message: 'This patient is not in your caseload.',
      };
    }
    return {
      tone: 'error',
      heading: 'The reset could not be requested',
      message: toApiError(error).message,
    };
  }

  /** 24-hour UK time, e.g. "14:32". */
  #time(iso: string): string {
    return formatUkDate(iso, 'HH:mm');
  }

  #loadDetail(id: string): void {
    this.#resets
      .get(id)
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: ({ timeline, ...reset }) => {
          // A newer reset (or another patient, on navigation) may have come in meanwhile.
          const current = this.latest();
          if (current && current.id !== reset.id) return;
          if (reset.patientRef !== this.patientRef()) return;
          this.latest.set(reset);
          this.timeline.set(timeline);
        },
        error: () => undefined,
      });
  }
}
