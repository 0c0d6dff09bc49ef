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
import { RouterLink } from '@angular/router';
import {
  errorStatus,
  ProgrammeAccountApi,
  SessionStore,
  toApiError,
} from '@navdesk/console/data-access';
import { PageHeaderComponent } from '@navdesk/console/ui';
import { ProgrammeAccountView } from '@navdesk/contracts';
import { Subscription } from 'rxjs';
import {
  AccountPanelComponent,
  AccountProblem,
} from './account-panel.component';
import { NotificationsPanelComponent } from './notifications-panel.component';
import { ResetPanelComponent } from './reset-panel.component';

export const PROGRAMME_UNREACHABLE =
  "The digital programme can't be reached right now — try again in a minute";

/**
 * One patient (by pseudonymous ref, from the path): their programme account, log-in resets and
 * reminders. Each panel loads and fails on its own, so an unreachable programme leaves the rest
 * of the page working.
 */
@Component({
  selector: 'nd-patient-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    PageHeaderComponent,
    AccountPanelComponent,
    ResetPanelComponent,
    NotificationsPanelComponent,
  ],
  templateUrl: './patient-page.component.html',
  styleUrl: './patient-page.component.scss',
})
export class PatientPageComponent {
  readonly #accounts = inject(ProgrammeAccountApi);
  readonly #destroyRef = inject(DestroyRef);

  /** The patient ref (route parameter). */
  readonly ref = input.required<string>();

  readonly isNavigator = inject(SessionStore).isNavigator;
  readonly heading = computed(() => `Patient ${this.ref()}`);
  readonly account = signal<ProgrammeAccountView | null>(null);
  readonly checking = signal(false);
  readonly problem = signal<AccountProblem | null>(null);
  readonly currentReminders = computed(
    () => this.account()?.notificationSettings ?? null,
  );
  #check: Subscription | null = null;

  constructor() {
    effect(() => {
      this.ref();
      untracked(() => {
        this.account.set(null);
        this.checkAccount();
      });
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
