import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  output,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  AbstractControl,
  FormControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import {
  MatError,
  MatFormField,
  MatHint,
  MatLabel,
} from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import {
  errorStatus,
  NotificationChangesApi,
  SERVER_ERROR_KEY,
  submitErrorMessage,
} from '@navdesk/console/data-access';
import { ErrorBannerComponent, injectFormShell } from '@navdesk/console/ui';
import {
  CreateNotificationChangeRequest,
  NotificationChangeView,
  NotificationSettings,
  REMINDER_FREQUENCIES,
  ReminderFrequency,
} from '@navdesk/contracts';
import { REMINDER_FREQUENCY_LABELS } from './reminder-labels';

export const REASON_MAX = 500;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function notBlank(control: AbstractControl<string>): ValidationErrors | null {
  return control.value.trim() === '' ? { required: true } : null;
}

type Field = 'reminderFrequency' | 'from' | 'to' | 'reason';

/** A navigator lowers a patient's reminders: frequency, optional quiet hours, and why. */
@Component({
  selector: 'nd-notification-change-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatCheckbox,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatSelect,
    MatOption,
    ErrorBannerComponent,
  ],
  templateUrl: './notification-change-form.component.html',
  styleUrl: './notification-change-form.component.scss',
})
export class NotificationChangeFormComponent {
  readonly #api = inject(NotificationChangesApi);

  readonly patientRef = input.required<string>();
  /** The reminders the programme has now, when known (marks the current option). */
  readonly current = input<NotificationSettings | null>(null);
  readonly created = output<NotificationChangeView>();

  readonly frequencies = REMINDER_FREQUENCIES;
  readonly frequencyLabels = REMINDER_FREQUENCY_LABELS;
  readonly reasonMax = REASON_MAX;
  readonly #shell = injectFormShell();
  readonly pending = this.#shell.pending;
  readonly formError = this.#shell.error;

  readonly form = inject(NonNullableFormBuilder).group({
    reminderFrequency: new FormControl<ReminderFrequency | null>(null, [
      Validators.required,
    ]),
    quietHours: [false],
    from: [
      { value: '21:00', disabled: true },
      [Validators.required, Validators.pattern(TIME)],
    ],
    to: [
      { value: '08:00', disabled: true },
      [Validators.required, Validators.pattern(TIME)],
    ],
    reason: ['', [notBlank, Validators.maxLength(REASON_MAX)]],
  });

  constructor() {
    this.form.controls.quietHours.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((on) => {
        for (const control of [
          this.form.controls.from,
          this.form.controls.to,
        ]) {
          if (on) control.enable();
          else control.disable();
        }
      });
  }

  isCurrent(frequency: ReminderFrequency): boolean {
    return this.current()?.reminderFrequency === frequency;
  }

  errorFor(field: Field): string | null {
    const control = this.form.controls[field];
    if (!control.errors || !control.touched) return null;
    const server: unknown = control.errors[SERVER_ERROR_KEY];
    if (typeof server === 'string') return server;
    if (control.errors['required']) {
      return {
        reminderFrequency: 'Choose how often the patient gets reminders',
        from: 'Give the time quiet hours start',
        to: 'Give the time quiet hours end',
        reason: 'Say why the reminders are being changed',
      }[field];
    }
    if (control.errors['pattern']) return 'Use a 24-hour time, e.g. 21:00';
    if (control.errors['maxlength']) {
      return `Keep it under ${REASON_MAX} characters`;
    }
    return null;
  }

  submit(): void {
    if (!this.#shell.ready(this.form)) return;
    const value = this.form.getRawValue();
    if (!value.reminderFrequency) return;
    const request: CreateNotificationChangeRequest = {
      reminderFrequency: value.reminderFrequency,
      quietHours: value.quietHours ? { from: value.from, to: value.to } : null,
      reason: value.reason.trim(),
    };
    this.#shell.submit(this.#api.create(this.patientRef(), request), {
      done: (change) => {
        this.form.reset();
        this.created.emit(change);
      },
      failed: (error) =>
        errorStatus(error) === 403
          ? "Only a digital navigator can change a patient's reminders."
          : submitErrorMessage(this.form.controls, error),
    });
  }
}
