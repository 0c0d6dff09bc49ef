import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import {
  FormGroupDirective,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import {
  applyFieldErrors,
  errorStatus,
  PasswordsApi,
  retryAfterMinutes,
  SERVER_ERROR_KEY,
} from '@navdesk/console/data-access';
import {
  ErrorBannerComponent,
  injectFormShell,
  PageHeaderComponent,
} from '@navdesk/console/ui';
import { PASSWORD_MIN_LENGTH } from '@navdesk/contracts';
import { NewPasswordFieldComponent } from './new-password-field.component';
import { minutesWords, passwordFailureMessage } from './password-errors';

export const PASSWORD_CHANGED_MESSAGE =
  'Your password is changed. You have been signed out everywhere else; this session carries on.';

@Component({
  selector: 'nd-change-password-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    MatButton,
    ErrorBannerComponent,
    PageHeaderComponent,
    NewPasswordFieldComponent,
  ],
  templateUrl: './change-password-page.component.html',
  styleUrl: './password-pages.scss',
})
export class ChangePasswordPageComponent {
  readonly #api = inject(PasswordsApi);
  readonly #shell = injectFormShell();

  readonly serverError = SERVER_ERROR_KEY;
  readonly form = inject(NonNullableFormBuilder).group({
    currentPassword: ['', [Validators.required]],
    newPassword: [
      '',
      [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH)],
    ],
  });
  readonly pending = this.#shell.pending;
  readonly done = signal(false);
  readonly error = this.#shell.error;
  readonly doneMessage = PASSWORD_CHANGED_MESSAGE;

  submit(formDirective: FormGroupDirective): void {
    if (this.pending()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.done.set(false);
    this.#shell.submit(this.#api.change(this.form.getRawValue()), {
      done: () => {
        this.done.set(true);
        formDirective.resetForm();
      },
      failed: (error) => this.#messageFor(error),
    });
  }

  /** Nothing for a 400 whose every message sits on its field. */
  #messageFor(error: unknown): string | null {
    if (errorStatus(error) === 429) {
      const minutes = retryAfterMinutes(error) ?? 15;
      return `Too many wrong passwords — try again in ${minutesWords(minutes)}`;
    }
    const unmatched = applyFieldErrors(this.form.controls, error);
    if (unmatched.length) return unmatched.join(' ');
    return errorStatus(error) === 400 ? null : passwordFailureMessage(error);
  }
}
