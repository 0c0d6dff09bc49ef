import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  output,
} from '@angular/core';
import {
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MatDatepicker,
  MatDatepickerInput,
  MatDatepickerToggle,
} from '@angular/material/datepicker';
import {
  MatError,
  MatFormField,
  MatHint,
  MatLabel,
  MatSuffix,
} from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import {
  SERVER_ERROR_KEY,
  submitErrorMessage,
  TrainingApi,
} from '@navdesk/console/data-access';
import {
  calendarDateToIso,
  ErrorBannerComponent,
  injectFormShell,
  londonWallTimeToIso,
} from '@navdesk/console/ui';
import {
  CreateTrainingSessionRequest,
  TRAINING_LIMITS,
  TRAINING_SESSION_MODES,
  TrainingModuleView,
  TrainingSessionMode,
  TrainingSessionView,
} from '@navdesk/contracts';
import { TRAINING_MODE_LABELS } from '../../labels/training-labels';
import { ServiceOption } from '../my-services';

type Field =
  | 'moduleId'
  | 'date'
  | 'time'
  | 'capacity'
  | 'mode'
  | 'location'
  | 'serviceId';

const MESSAGES: Partial<Record<Field, string>> = {
  moduleId: 'Choose the module the session teaches',
  date: 'Give the date of the session',
  time: 'Give the start time (UK time)',
  capacity: `Give the number of seats, 1 to ${TRAINING_LIMITS.capacityMax}`,
  serviceId: 'Choose the service the session is for',
};

/** Navigators schedule a session of a catalogue module: when (UK time), seats, how and where. */
@Component({
  selector: 'nd-schedule-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatSuffix,
    MatInput,
    MatDatepicker,
    MatDatepickerInput,
    MatDatepickerToggle,
    ErrorBannerComponent,
  ],
  templateUrl: './schedule-form.component.html',
  styleUrl: './schedule-form.component.scss',
})
export class ScheduleFormComponent {
  readonly #api = inject(TrainingApi);
  readonly #shell = injectFormShell();

  readonly modules = input.required<readonly TrainingModuleView[]>();
  /** The navigator's services; a choice appears only with more than one. */
  readonly services = input<readonly ServiceOption[]>([]);
  readonly created = output<TrainingSessionView>();

  readonly modes = TRAINING_SESSION_MODES;
  readonly modeLabels = TRAINING_MODE_LABELS;
  readonly capacityMax = TRAINING_LIMITS.capacityMax;
  readonly pending = this.#shell.pending;
  readonly formError = this.#shell.error;

  readonly form = inject(NonNullableFormBuilder).group({
    moduleId: ['', Validators.required],
    // The datepicker's day (DD/MM/YYYY on screen); sent as a UK instant with the time.
    date: [null as Date | null, Validators.required],
    time: ['', [Validators.required, Validators.pattern(/^\d{2}:\d{2}$/)]],
    capacity: [
      12,
      [
        Validators.required,
        Validators.min(1),
        Validators.max(TRAINING_LIMITS.capacityMax),
      ],
    ],
    mode: ['online' as TrainingSessionMode, Validators.required],
    location: ['', Validators.maxLength(300)],
    serviceId: [''],
  });

  errorFor(field: Field): string | null {
    const control = this.form.controls[field];
    if (!control.errors || !control.touched) return null;
    const server: unknown = control.errors[SERVER_ERROR_KEY];
    if (typeof server === 'string') return server;
    if (control.errors['maxlength']) return 'Keep it under 300 characters';
    if (control.errors['matDatepickerParse']) {
      return 'Give the date as DD/MM/YYYY, e.g. 10/09/2026';
    }
    return MESSAGES[field] ?? 'Check this field';
  }

  submit(): void {
    const multi = this.services().length > 1;
    const service = this.form.controls.serviceId;
    service.setValidators(multi ? Validators.required : null);
    service.updateValueAndValidity();
    if (!this.#shell.ready(this.form)) return;
    const value = this.form.getRawValue();
    const startsAt = londonWallTimeToIso(
      calendarDateToIso(value.date),
      value.time,
    );
    if (!startsAt) {
      this.form.controls.date.setErrors({ required: true });
      return;
    }
    const request: CreateTrainingSessionRequest = {
      moduleId: value.moduleId,
      startsAt,
      capacity: Number(value.capacity),
      mode: value.mode,
      location: value.location.trim() || null,
      ...(multi ? { serviceId: value.serviceId } : {}),
    };
    this.#shell.submit(this.#api.createSession(request), {
      done: (session) => {
        this.form.reset();
        this.created.emit(session);
      },
      // The API names the start `startsAt`; the form asks for it as a date and a time.
      failed: (error) =>
        submitErrorMessage(
          { ...this.form.controls, startsAt: this.form.controls.date },
          error,
        ),
    });
  }
}
