import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  ElementRef,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import {
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { catchError, map, of } from 'rxjs';
import {
  AuthApi,
  AuthService,
  errorStatus,
  retryAfterMinutes,
  safeReturnUrl,
  SESSION_ENDED_MESSAGE,
  SESSION_ENDED_REASON,
  SSO_LOGIN_URL,
  toApiError,
} from '@navdesk/console/data-access';
import { ErrorBannerComponent } from '@navdesk/console/ui';
import { EmailFieldComponent } from '../passwords/email-field.component';

export const WRONG_CREDENTIALS_MESSAGE =
  'The e-mail or password is not right. Check them and try again.';

/** Why single sign-on sent the person back here (`?reason=`), in words. */
export const SSO_REFUSED_MESSAGES: Readonly<Record<string, string>> = {
  'sso-unknown':
    'Your organisation account is not linked to a Navdesk account yet. Ask your Navdesk admin to invite you, using the same e-mail address.',
  'sso-unverified':
    'Your organisation did not confirm your e-mail address, so Navdesk cannot match it to an account. Ask your IT service desk.',
  'sso-inactive':
    'Your Navdesk account has been deactivated. Ask your Navdesk admin if you need access again.',
  'sso-failed':
    'Signing in with your organisation account did not finish. Please try again.',
};

export function tooManyAttemptsMessage(minutes: number | null): string {
  if (minutes === null) {
    return 'Too many attempts — try again in a few minutes';
  }
  return `Too many attempts — try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}

@Component({
  selector: 'nd-sign-in-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    MatButton,
    ErrorBannerComponent,
    EmailFieldComponent,
  ],
  templateUrl: './sign-in-page.component.html',
  styleUrl: './sign-in-page.component.scss',
})
export class SignInPageComponent {
  readonly #auth = inject(AuthService);
  /** Single sign-on's button shows only when the server has it configured. */
  readonly ssoEnabled = toSignal(
    inject(AuthApi)
      .options()
      .pipe(
        map((options) => options.sso),
        catchError(() => of(false)),
      ),
    { initialValue: false },
  );
  readonly ssoLoginUrl = SSO_LOGIN_URL;
  readonly #router = inject(Router);
  readonly #destroyRef = inject(DestroyRef);

  /** Query parameters (bound by the router). */
  readonly returnUrl = input<string>();
  readonly reason = input<string>();

  readonly passwordInput =
    viewChild<ElementRef<HTMLInputElement>>('passwordInput');

  readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', [Validators.required]],
  });

  readonly pending = signal(false);
  readonly error = signal<string | null>(null);
  readonly attempted = signal(false);
  readonly sessionEnded = computed(
    () => this.reason() === SESSION_ENDED_REASON && !this.attempted(),
  );
  readonly sessionEndedMessage = SESSION_ENDED_MESSAGE;
  readonly ssoRefused = computed(() =>
    this.attempted()
      ? null
      : (SSO_REFUSED_MESSAGES[this.reason() ?? ''] ?? null),
  );

  submit(): void {
    if (this.pending()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.attempted.set(true);
    this.error.set(null);
    this.pending.set(true);
    const { email, password } = this.form.getRawValue();
    this.#auth
      .signIn({ email: email.trim(), password })
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: () => {
          this.pending.set(false);
          void this.#router.navigateByUrl(
            safeReturnUrl(this.returnUrl()) ?? '/',
          );
        },
        error: (error: unknown) => {
          this.pending.set(false);
          this.error.set(this.#messageFor(error));
          if (errorStatus(error) === 401) {
            queueMicrotask(() => this.passwordInput()?.nativeElement.select());
          }
        },
      });
  }

  #messageFor(error: unknown): string {
    switch (errorStatus(error)) {
      case 401:
        return WRONG_CREDENTIALS_MESSAGE;
      case 403:
        // Break-glass mode: passwords are off for this person; the server says what to do instead.
        return toApiError(error).message;
      case 429:
        return tooManyAttemptsMessage(retryAfterMinutes(error));
      case 400:
        return 'Enter your e-mail address and password.';
      default:
        return toApiError(error).statusCode === 0
          ? toApiError(error).message
          : 'Signing in did not work just now. Please try again.';
    }
  }
}
