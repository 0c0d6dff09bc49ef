import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  FormGroupDirective,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MatError,
  MatFormField,
  MatHint,
  MatLabel,
} from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import {
  applyFieldErrors,
  errorStatus,
  PasswordsApi,
  retryAfterMinutes,
  SERVER_ERROR_KEY,
  toApiError,
} from '@navdesk/console/data-access';
import { PASSWORD_MIN_LENGTH } from '@navdesk/contracts';
import { ErrorBannerComponent, PageHeaderComponent } from '@navdesk/console/ui';

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
    MatHint,
    MatInput,
    MatButton,
    ErrorBannerComponent,
    PageHeaderComponent,
  ],
  templateUrl: './change-password-page.component.html',
  styleUrl: './password-pages.scss',
})
export class ChangePasswordPageComponent {
  readonly #api = inject(PasswordsApi);
  readonly #destroyRef = inject(DestroyRef);

  readonly minLength = PASSWORD_MIN_LENGTH;
  readonly serverError = SERVER_ERROR_KEY;
  readonly form = inject(NonNullableFormBuilder).group({
    currentPassword: ['', [Validators.required]],
    newPassword: [
      '',
      [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH)],
    ],
  });
  readonly pending = signal(false);
  readonly done = signal(false);
  readonly error = signal<string | null>(null);
  readonly doneMessage = PASSWORD_CHANGED_MESSAGE;

  submit(formDirective: FormGroupDirective): void {
    if (this.pending()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.pending.set(true);
    this.error.set(null);
    this.done.set(false);
    this.#api
      .change(this.form.getRawValue())
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: () => {
          this.pending.set(false);
          this.done.set(true);
          formDirective.resetForm();
        },
        error: (error: unknown) => {
          this.pending.set(false);
          if (errorStatus(error) === 429) {
            const minutes = retryAfterMinutes(error) ?? 15;
            this.error.set(
              `Too many wrong passwords — try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`,
            );
            return;
          }
          const unmatched = applyFieldErrors(this.form.controls, error);
          if (unmatched.length) {
            this.error.set(unmatched.join(' '));
          } else if (errorStatus(error) !== 400) {
            this.error.set(
              toApiError(error).statusCode === 0
                ? toApiError(error).message
                : 'That did not work just now. Please try again.',
            );
          }
        },
      });
  }
}
