import { DestroyRef, ElementRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { AbstractControl } from '@angular/forms';
import { Observable } from 'rxjs';

/** What to do with a submission's answer; `failed` turns the error into the form's message. */
export interface FormSubmitHandlers<T> {
  done: (value: T) => void;
  failed: (error: unknown) => string | null;
}

export interface FormShellOptions {
  /**
   * Finds the fields to focus when the form is stopped; the default matches fields named by a
   * static `formControlName` attribute. A form that binds `[formControlName]` has no such
   * attribute and passes e.g. 'input.ng-invalid'.
   */
  invalidField?: string;
}

const INVALID_FIELD = '[formControlName].ng-invalid';

/**
 * The part every form repeats around its fields: one submission at a time (`pending`), an invalid
 * form stopped before it is sent (every field touched, the first invalid one focused), and the
 * message the failure leaves for the form's banner (`error`). The caller says how a failure reads:
 * data-access's `submitErrorMessage` puts a 400's field messages on the controls.
 */
export class FormShell {
  readonly pending = signal(false);
  readonly error = signal<string | null>(null);

  readonly #host: ElementRef<HTMLElement>;
  readonly #destroyRef: DestroyRef;
  readonly #invalidField: string;

  constructor(
    host: ElementRef<HTMLElement>,
    destroyRef: DestroyRef,
    options: FormShellOptions = {},
  ) {
    this.#host = host;
    this.#destroyRef = destroyRef;
    this.#invalidField = options.invalidField ?? INVALID_FIELD;
  }

  /** True when `form` may be sent: nothing pending, and valid (else its fields are shown as invalid). */
  ready(form: AbstractControl): boolean {
    if (this.pending()) return false;
    if (form.invalid) {
      form.markAllAsTouched();
      this.focusFirstInvalid();
      return false;
    }
    return true;
  }

  /** Sends `request`, pending until it answers; a failure's message goes to `error`. */
  submit<T>(request: Observable<T>, handlers: FormSubmitHandlers<T>): void {
    this.pending.set(true);
    this.error.set(null);
    request.pipe(takeUntilDestroyed(this.#destroyRef)).subscribe({
      next: (value) => {
        this.pending.set(false);
        handlers.done(value);
      },
      error: (error: unknown) => {
        this.pending.set(false);
        this.error.set(handlers.failed(error));
      },
    });
  }

  /** Moves focus to the first field marked invalid inside the form's component. */
  focusFirstInvalid(): void {
    this.#host.nativeElement
      .querySelector<HTMLElement>(this.#invalidField)
      ?.focus();
  }
}

/** A form shell for the component being created (call in a field initialiser or constructor). */
export function injectFormShell(options: FormShellOptions = {}): FormShell {
  return new FormShell(
    inject<ElementRef<HTMLElement>>(ElementRef),
    inject(DestroyRef),
    options,
  );
}
