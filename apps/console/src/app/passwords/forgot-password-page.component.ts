import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import {
  errorStatus,
  PasswordsApi,
  retryAfterMinutes,
  toApiError,
} from '@navdesk/console/data-access';
import { ErrorBannerComponent } from '@navdesk/console/ui';

/** The same words whether or not the address has an account. */
export const RESET_LINK_SENT_MESSAGE =
  "If that address has an account, we've sent a link. It works once, for 30 minutes.";

@Component({
  selector: 'nd-forgot-password-page',
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
  ],
  templateUrl: './forgot-password-page.component.html',
  styleUrl: './password-pages.scss',
})
export class ForgotPasswordPageComponent {
  readonly #api = inject(PasswordsApi);
  readonly #destroyRef = inject(DestroyRef);

  readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
  });
  readonly pending = signal(false);
  readonly sent = signal(false);
  readonly error = signal<string | null>(null);
  readonly sentMessage = RESET_LINK_SENT_MESSAGE;

  submit(): void {
    if (this.pending()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.pending.set(true);
    this.error.set(null);
    this.#api
      .forgot({ email: this.form.getRawValue().email.trim() })
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: () => {
          this.pending.set(false);
          this.sent.set(true);
        },
        error: (error: unknown) => {
          this.pending.set(false);
          this.error.set(messageFor(error));
        },
      });
  }
}

function messageFor(error: unknown): string {
  if (errorStatus(error) === 429) {
    const minutes = retryAfterMinutes(error);
    return minutes === null
      ? 'Too many requests — try again in a few minutes'
      : `Too many requests — try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
  }
  return toApiError(error).statusCode === 0
    ? toApiError(error).message
    : 'That did not work just now. Please try again.';
}
