import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
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
  SERVER_ERROR_KEY,
  toApiError,
  TrainingApi,
} from '@navdesk/console/data-access';
import {
  ErrorBannerComponent,
  londonWallTimeToIso,
  TRAINING_MODE_LABELS,
} from '@navdesk/console/ui';
import {
  CreateTrainingSessionRequest,
  TRAINING_LIMITS,
  TRAINING_SESSION_MODES,
  TrainingModuleView,
  TrainingSessionMode,
  TrainingSessionView,
} from '@navdesk/contracts';
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
    MatInput,
    ErrorBannerComponent,
  ],
  templateUrl: './schedule-form.component.html',
  styleUrl: './schedule-form.component.scss',
})
export class ScheduleFormComponent {
  readonly #api = inject(TrainingApi);
  readonly #destroyRef = inject(DestroyRef);
  readonly #host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly modules = input.required<readonly TrainingModuleView[]>();
  /** The navigator's services; a choice appears only with more than one. */
  readonly services = input<readonly ServiceOption[]>([]);
  readonly created = output<TrainingSessionView>();

  readonly modes = TRAINING_SESSION_MODES;
  readonly modeLabels = TRAINING_MODE_LABELS;
  readonly capacityMax = TRAINING_LIMITS.capacityMax;
  readonly pending = signal(false);
  readonly formError = signal<string | null>(null);

  readonly form = inject(NonNullableFormBuilder).group({
    moduleId: ['', Validators.required],
    date: ['', Validators.required],
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
    return MESSAGES[field] ?? 'Check this field';
  }

  submit(): void {
    if (this.pending()) return;
    const multi = this.services().length > 1;
    const service = this.form.controls.serviceId;
    service.setValidators(multi ? Validators.required : null);
    service.updateValueAndValidity();
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.#host.nativeElement
        .querySelector<HTMLElement>('[formControlName].ng-invalid')
        ?.focus();
      return;
    }
    const value = this.form.getRawValue();
    const startsAt = londonWallTimeToIso(value.date, value.time);
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
    this.pending.set(true);
    this.formError.set(null);
    this.#api
      .createSession(request)
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: (session) => {
          this.pending.set(false);
          this.form.reset();
          this.created.emit(session);
        },
        error: (error: unknown) => {
          this.pending.set(false);
          const unmatched = applyFieldErrors(
            { ...this.form.controls, startsAt: this.form.controls.date },
            error,
          );
          this.formError.set(
            unmatched.length > 0
              ? unmatched.join(' ')
              : toApiError(error).message,
          );
        },
      });
  }
}
