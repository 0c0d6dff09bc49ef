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
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { debounceTime, Subscription } from 'rxjs';
import {
  errorStatus,
  LiveEventsService,
  toApiError,
  TrainingApi,
  TrainingPwpOption,
} from '@navdesk/console/data-access';
import { confirmAction, ErrorBannerComponent, formatLondon, LoadingIndicatorComponent, PageHeaderComponent } from '@navdesk/console/ui';
import {
  TRAINING_LIMITS,
  TrainingBookingView,
  TrainingSessionDetail,
} from '@navdesk/contracts';
import { sessionPlace } from '../../labels/training-labels';
import { invitationWords } from '../invitation-words';
import {
  AttendanceFormComponent,
  ConfidencePair,
} from './attendance-form.component';
import { InviteFormComponent } from './invite-form.component';
import { WalkIn, WalkInFormComponent } from './walk-in-form.component';

const MINUTE_MS = 60_000;

/** Navigators: one session's roster, attendance with confidence, walk-ins and invitations. */
@Component({
  selector: 'nd-session-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatButton,
    MatTableModule,
    PageHeaderComponent,
    ErrorBannerComponent,
    LoadingIndicatorComponent,
    AttendanceFormComponent,
    WalkInFormComponent,
    InviteFormComponent,
  ],
  templateUrl: './session-page.component.html',
  styleUrl: './session-page.component.scss',
})
export class SessionPageComponent implements OnInit {
  readonly #api = inject(TrainingApi);
  readonly #live = inject(LiveEventsService);
  readonly #dialog = inject(MatDialog);
  readonly #destroyRef = inject(DestroyRef);

  /** The session id (route parameter). */
  readonly id = input.required<string>();

  readonly session = signal<TrainingSessionDetail | null>(null);
  readonly loading = signal(true);
  readonly error = signal<string | null>(null);
  readonly pwps = signal<TrainingPwpOption[]>([]);
  /** The PWP whose attendance is being saved (`walk-in` for the walk-in form). */
  readonly saving = signal<string | null>(null);
  readonly rowErrors = signal<Record<string, string>>({});
  readonly inviting = signal(false);
  readonly cancelling = signal(false);
  readonly actionError = signal<string | null>(null);
  readonly announcement = signal('');
  readonly walkIn = viewChild(WalkInFormComponent);

  readonly columns = ['pwp', 'booking', 'attendance'];
  readonly heading = computed(
    () => this.session()?.module.title ?? 'Training session',
  );
  readonly lead = computed(() => {
    const s = this.session();
    return s
      ? `${formatLondon(s.startsAt)} to ${formatLondon(s.endsAt, 'time')} (UK time) · ${sessionPlace(s)}`
      : '';
  });
  readonly bookings = computed(() => this.session()?.bookings ?? []);
  readonly attendanceOpensAt = computed(() => {
    const s = this.session();
    return s
      ? Date.parse(s.startsAt) -
          TRAINING_LIMITS.attendanceOpensMinutesBefore * MINUTE_MS
      : 0;
  });
  readonly attendanceOpen = computed(
    () => this.session() !== null && Date.now() >= this.attendanceOpensAt(),
  );
  readonly opensText = computed(
    () =>
      `Attendance can be recorded from ${TRAINING_LIMITS.attendanceOpensMinutesBefore} minutes before the start, ${formatLondon(new Date(this.attendanceOpensAt()).toISOString())}.`,
  );
  readonly started = computed(() => {
    const s = this.session();
    return s !== null && Date.now() >= Date.parse(s.startsAt);
  });

  /** PWPs of the session's service not on the roster (booked, or cancelled and back). */
  readonly walkInCandidates = computed(() => {
    const s = this.session();
    if (!s) return [];
    const booked = new Set(
      s.bookings.filter((b) => b.status === 'booked').map((b) => b.pwp.id),
    );
    return this.pwps().filter(
      (p) => p.serviceIds.includes(s.serviceId) && !booked.has(p.id),
    );
  });
  /** PWPs of the service neither booked nor invited yet. */
  readonly inviteCandidates = computed(() => {
    const s = this.session();
    if (!s) return [];
    const taken = new Set([
      ...s.bookings.filter((b) => b.status === 'booked').map((b) => b.pwp.id),
      ...s.invited.map((p) => p.id),
    ]);
    return this.pwps().filter(
      (p) => p.serviceIds.includes(s.serviceId) && !taken.has(p.id),
    );
  });
  #load: Subscription | null = null;

  constructor() {
    effect(() => {
      this.id();
      untracked(() => {
        this.session.set(null);
        this.load();
      });
    });
  }

  ngOnInit(): void {
    this.#api
      .pwps()
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: (pwps) => this.pwps.set(pwps),
        error: () => this.pwps.set([]),
      });
    this.#live
      .ofType('training.changed')
      .pipe(debounceTime(200), takeUntilDestroyed(this.#destroyRef))
      .subscribe(() => this.load(true));
  }

  load(quiet = false): void {
    this.#load?.unsubscribe();
    if (!quiet) this.loading.set(true);
    this.error.set(null);
    this.#load = this.#api
      .session(this.id())
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: (session) => {
          this.session.set(session);
          this.loading.set(false);
        },
        error: (error: unknown) => {
          this.loading.set(false);
          if (quiet) return;
          this.error.set(
            errorStatus(error) === 404
              ? 'This session is not in your services, or no longer exists.'
              : toApiError(error).message,
          );
        },
      });
  }

  recorded(booking: TrainingBookingView): ConfidencePair | null {
    return booking.attendance;
  }

  invitedNames(session: TrainingSessionDetail): string {
    return session.invited.map((p) => p.name).join(', ');
  }

  rowError(pwpId: string): string | null {
    return this.rowErrors()[pwpId] ?? null;
  }

  saveAttendance(booking: TrainingBookingView, pair: ConfidencePair): void {
    this.#record(booking.pwp.id, booking.pwp.name, pair, booking.pwp.id);
  }

  saveWalkIn(walkIn: WalkIn): void {
    const name =
      this.pwps().find((p) => p.id === walkIn.pwpId)?.name ?? 'the PWP';
    this.#record(walkIn.pwpId, name, walkIn, 'walk-in');
  }

  invite(pwpIds: string[]): void {
    this.inviting.set(true);
    this.actionError.set(null);
    this.#api
      .invite(this.id(), { pwpIds })
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: (result) => {
          this.inviting.set(false);
          this.announcement.set(invitationWords(result));
          this.load(true);
        },
        error: (error: unknown) => {
          this.inviting.set(false);
          this.actionError.set(toApiError(error).message);
        },
      });
  }

  cancelSession(): void {
    const s = this.session();
    if (!s || this.cancelling()) return;
    confirmAction(this.#dialog, {
      title: `Cancel ${s.module.title}?`,
      message: `The session on ${formatLondon(s.startsAt)} is cancelled and the ${s.booked} booked ${s.booked === 1 ? 'PWP is' : 'PWPs are'} told.`,
      confirm: 'Cancel session',
    })
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe((confirmed) => {
        if (!confirmed) return;
        this.cancelling.set(true);
        this.actionError.set(null);
        this.#api
          .cancelSession(s.id)
          .pipe(takeUntilDestroyed(this.#destroyRef))
          .subscribe({
            next: (view) => {
              this.cancelling.set(false);
              this.session.update((current) =>
                current ? { ...current, ...view } : current,
              );
              this.announcement.set('Session cancelled; booked PWPs are told.');
            },
            error: (error: unknown) => {
              this.cancelling.set(false);
              this.actionError.set(toApiError(error).message);
            },
          });
      });
  }

  #record(
    pwpId: string,
    name: string,
    pair: ConfidencePair,
    errorKey: string,
  ): void {
    if (this.saving()) return;
    this.saving.set(errorKey);
    this.#setRowError(errorKey, null);
    this.#api
      .recordAttendance(this.id(), { pwpId, ...pair })
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: (attendance) => {
          this.saving.set(null);
          this.announcement.set(
            `Attendance saved for ${name}: confidence ${attendance.confidenceBefore} → ${attendance.confidenceAfter}.`,
          );
          if (errorKey === 'walk-in') this.walkIn()?.reset();
          this.load(true);
        },
        error: (error: unknown) => {
          this.saving.set(null);
          this.#setRowError(errorKey, toApiError(error).message);
        },
      });
  }

  #setRowError(key: string, message: string | null): void {
    this.rowErrors.update(({ [key]: _old, ...rest }) =>
      message ? { ...rest, [key]: message } : rest,
    );
  }
}
