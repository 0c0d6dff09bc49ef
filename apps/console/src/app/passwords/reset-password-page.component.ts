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
import { MatAnchor, MatButton } from '@angular/material/button';
import {
  MatError,
  MatFormField,
  MatHint,
  MatLabel,
} from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { ActivatedRoute, RouterLink } from '@angular/router';
import {
  applyFieldErrors,
  fieldErrors,
  PasswordsApi,
  SERVER_ERROR_KEY,
  toApiError,
} from '@navdesk/console/data-access';
import { PASSWORD_MIN_LENGTH } from '@navdesk/contracts';
import { ErrorBannerComponent } from '@navdesk/console/ui';

export const RESET_LINK_INVALID_MESSAGE =
  'This link has expired or was used already. Ask for a new one.';

/** The token from `#token=…`: in the fragment, so it never reaches a server's logs. */
export function tokenFromFragment(fragment: string | null): string | null {
  return fragment ? new URLSearchParams(fragment).get('token') : null;
}

@Component({
  selector: 'nd-reset-password-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatFormField,
    MatLabel,
    MatError,
    MatHint,
    MatInput,
    MatButton,
    MatAnchor,
    ErrorBannerComponent,
  ],
  templateUrl: './reset-password-page.component.html',
  styleUrl: './password-pages.scss',
})
export class ResetPasswordPageComponent {
  readonly #api = inject(PasswordsApi);
  readonly #destroyRef = inject(DestroyRef);
  readonly #token = tokenFromFragment(inject(ActivatedRoute).snapshot.fragment);

  readonly minLength = PASSWORD_MIN_LENGTH;
  readonly serverError = SERVER_ERROR_KEY;
  readonly form = inject(NonNullableFormBuilder).group({
    password: [
      '',
      [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH)],
    ],
  });
  readonly pending = signal(false);
  readonly done = signal(false);
  readonly error = signal<string | null>(
    this.#token ? null : RESET_LINK_INVALID_MESSAGE,
  );
  readonly linkBroken = signal(this.#token === null);

  submit(): void {
    if (this.pending() || this.#token === null) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.pending.set(true);
    this.error.set(null);
    this.#api
      .reset({ token: this.#token, password: this.form.getRawValue().password })
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: () => {
          this.pending.set(false);
          this.done.set(true);
        },
        error: (error: unknown) => {
          this.pending.set(false);
          if (fieldErrors(error)['token']) {
            this.linkBroken.set(true);
            this.error.set(RESET_LINK_INVALID_MESSAGE);
            return;
          }
          const unmatched = applyFieldErrors(this.form.controls, error);
          if (unmatched.length || !fieldErrors(error)['password']) {
            this.error.set(
              unmatched.join(' ') ||
                (toApiError(error).statusCode === 0
                  ? toApiError(error).message
                  : 'That did not work just now. Please try again.'),
            );
          }
        },
      });
  }
}
