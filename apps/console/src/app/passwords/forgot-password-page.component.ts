import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import {
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import {
  errorStatus,
  PasswordsApi,
  retryAfterMinutes,
} from '@navdesk/console/data-access';
import { ErrorBannerComponent, injectFormShell } from '@navdesk/console/ui';
import { EmailFieldComponent } from './email-field.component';
import { minutesWords, passwordFailureMessage } from './password-errors';

/** The same words whether or not the address has an account. */
export const RESET_LINK_SENT_MESSAGE =
  "If that address has an account, we've sent a link. It works once, for 30 minutes.";

@Component({
  selector: 'nd-forgot-password-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    ErrorBannerComponent,
    EmailFieldComponent,
  ],
  templateUrl: './forgot-password-page.component.html',
  styleUrl: './password-pages.scss',
})
export class ForgotPasswordPageComponent {
  readonly #api = inject(PasswordsApi);
  readonly #shell = injectFormShell();

  readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
  });
  readonly pending = this.#shell.pending;
  readonly sent = signal(false);
  readonly error = this.#shell.error;
  readonly sentMessage = RESET_LINK_SENT_MESSAGE;

  submit(): void {
    if (this.pending()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const email = this.form.getRawValue().email.trim();
    this.#shell.submit(this.#api.forgot({ email }), {
      done: () => this.sent.set(true),
      failed: messageFor,
    });
  }
}

function messageFor(error: unknown): string {
  if (errorStatus(error) === 429) {
    const minutes = retryAfterMinutes(error);
    return minutes === null
      ? 'Too many requests — try again in a few minutes'
      : `Too many requests — try again in ${minutesWords(minutes)}`;
  }
  return passwordFailureMessage(error);
}
