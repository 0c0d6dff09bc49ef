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
import { MatAnchor, MatButton } from '@angular/material/button';
import { ActivatedRoute, RouterLink } from '@angular/router';
import {
  applyFieldErrors,
  fieldErrors,
  PasswordsApi,
} from '@navdesk/console/data-access';
import { ErrorBannerComponent, injectFormShell } from '@navdesk/console/ui';
import { PASSWORD_MIN_LENGTH } from '@navdesk/contracts';
import { NewPasswordFieldComponent } from './new-password-field.component';
import { passwordFailureMessage } from './password-errors';

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
    MatButton,
    MatAnchor,
    ErrorBannerComponent,
    NewPasswordFieldComponent,
  ],
  templateUrl: './reset-password-page.component.html',
  styleUrl: './password-pages.scss',
})
export class ResetPasswordPageComponent {
  readonly #api = inject(PasswordsApi);
  readonly #token = tokenFromFragment(inject(ActivatedRoute).snapshot.fragment);
  readonly #shell = injectFormShell();

  readonly form = inject(NonNullableFormBuilder).group({
    password: [
      '',
      [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH)],
    ],
  });
  readonly pending = this.#shell.pending;
  readonly done = signal(false);
  readonly error = this.#shell.error;
  readonly linkBroken = signal(this.#token === null);

  constructor() {
    if (this.#token === null) this.error.set(RESET_LINK_INVALID_MESSAGE);
  }

  submit(): void {
    if (this.pending() || this.#token === null) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const request = {
      token: this.#token,
      password: this.form.getRawValue().password,
    };
    this.#shell.submit(this.#api.reset(request), {
      done: () => this.done.set(true),
      failed: (error) => this.#messageFor(error),
    });
  }

  /** A used or expired link ends the form; nothing for a refused password, shown on its field. */
  #messageFor(error: unknown): string | null {
    if (fieldErrors(error)['token']) {
      this.linkBroken.set(true);
      return RESET_LINK_INVALID_MESSAGE;
    }
    const unmatched = applyFieldErrors(this.form.controls, error);
    if (unmatched.length || !fieldErrors(error)['password']) {
      return unmatched.join(' ') || passwordFailureMessage(error);
    }
    return null;
  }
}
