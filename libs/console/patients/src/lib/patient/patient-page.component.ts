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
import { MatAnchor } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { debounceTime, Subscription } from 'rxjs';
import {
  errorStatus,
  LiveEventsService,
  PatientsApi,
  ProgrammeAccountApi,
  SessionStore,
  toApiError,
} from '@navdesk/console/data-access';
import {
  ActivityChipComponent,
  EngagementSectionComponent,
  MoodTrendComponent,
  PatientFlagsPanelComponent,
} from '@navdesk/console/engagement';
import {
  AccountPanelComponent,
  AccountProblem,
  NotificationsPanelComponent,
  ResetPanelComponent,
} from '@navdesk/console/resets';
import { TailoringPanelComponent } from '@navdesk/console/tailoring';
import { ErrorBannerComponent, PageHeaderComponent, UkDatePipe } from '@navdesk/console/ui';
import {
  PatientDetail,
  PLANNED_SESSIONS,
  ProgrammeAccountView,
} from '@navdesk/contracts';
import { AccessLogPanelComponent } from './records/access-log-panel.component';
import { PatientTicketsPanelComponent } from './records/patient-tickets-panel.component';

export const PROGRAMME_UNREACHABLE =
  "The digital programme can't be reached right now — try again in a minute";

/**
 * One patient (by pseudonymous ref, from the path): their flags and online engagement, open
 * tickets, programme account, log-in resets and reminders. The page only arranges the panels the
 * domains export (engagement, tailoring, resets) beside the patient record's own; each panel
 * loads and fails on its own, so an unreachable programme leaves the rest of the page working.
 */
@Component({
  selector: 'nd-patient-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    UkDatePipe,
    RouterLink,
    MatAnchor,
    PageHeaderComponent,
    ErrorBannerComponent,
    ActivityChipComponent,
    MoodTrendComponent,
    AccountPanelComponent,
    ResetPanelComponent,
    NotificationsPanelComponent,
    EngagementSectionComponent,
    PatientFlagsPanelComponent,
    PatientTicketsPanelComponent,
    AccessLogPanelComponent,
    TailoringPanelComponent,
  ],
  templateUrl: './patient-page.component.html',
  styleUrl: './patient-page.component.scss',
})
export class PatientPageComponent {
  readonly #accounts = inject(ProgrammeAccountApi);
  readonly #patients = inject(PatientsApi);
  readonly #live = inject(LiveEventsService);
  readonly #destroyRef = inject(DestroyRef);

  /** The patient ref (route parameter). */
  readonly ref = input.required<string>();

  readonly isNavigator = inject(SessionStore).isNavigator;
  readonly heading = computed(() => `Patient ${this.ref()}`);
  readonly account = signal<ProgrammeAccountView | null>(null);
  readonly checking = signal(false);
  readonly problem = signal<AccountProblem | null>(null);
  /** The modules of the patient's plan, once the programme account has been read. */
  readonly modulePlan = computed(() => this.account()?.modulePlan ?? null);
  readonly currentReminders = computed(
    () => this.account()?.notificationSettings ?? null,
  );
  readonly detail = signal<PatientDetail | null>(null);
  readonly detailError = signal<string | null>(null);
  readonly plannedTotal = PLANNED_SESSIONS.total;
  readonly mandatoryModules = computed(
    () => this.detail()?.mandatoryModules ?? [],
  );
  #check: Subscription | null = null;
  #detail: Subscription | null = null;

  constructor() {
    effect(() => {
      this.ref();
      untracked(() => {
        this.account.set(null);
        this.checkAccount();
        this.#loadDetail();
      });
    });
    // Applied tailoring changes the plan the tailoring panel offers: read it again, quietly.
    this.#live
      .ofType('tailoring.changed')
      .pipe(debounceTime(200), takeUntilDestroyed(this.#destroyRef))
      .subscribe(() => this.#loadDetail(true));
  }

  #loadDetail(quiet = false): void {
    this.#detail?.unsubscribe();
    if (!quiet) {
      this.detail.set(null);
      this.detailError.set(null);
    }
    this.#detail = this.#patients
      .get(this.ref())
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: (detail) => {
          this.detail.set(detail);
          this.detailError.set(null);
        },
        error: (error: unknown) => {
          if (quiet) return;
          this.detailError.set(
            errorStatus(error) === 404
              ? 'This patient is not in your caseload.'
              : toApiError(error).message,
          );
        },
      });
  }

  checkAccount(): void {
    this.#check?.unsubscribe();
    this.checking.set(true);
    this.problem.set(null);
    this.#check = this.#accounts
      .get(this.ref())
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: (account) => {
          this.account.set(account);
          this.checking.set(false);
        },
        error: (error: unknown) => {
          this.account.set(null);
          this.checking.set(false);
          this.problem.set(accountProblem(error));
        },
      });
  }
}

function accountProblem(error: unknown): AccountProblem {
  switch (errorStatus(error)) {
    case 503:
      return {
        heading: 'Account details unavailable',
        message: PROGRAMME_UNREACHABLE,
      };
    case 404:
      return {
        heading: 'Patient not found',
        message: 'This patient is not in your caseload.',
      };
    default:
      return {
        heading: 'The account could not be checked',
        message: toApiError(error).message,
      };
  }
}
