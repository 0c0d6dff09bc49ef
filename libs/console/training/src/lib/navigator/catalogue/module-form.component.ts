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
  AbstractControl,
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
import {
  applyFieldErrors,
  SERVER_ERROR_KEY,
  toApiError,
  TrainingApi,
} from '@navdesk/console/data-access';
import {
  ErrorBannerComponent,
  TRAINING_FORMAT_LABELS,
} from '@navdesk/console/ui';
import {
  CreateTrainingModuleRequest,
  TRAINING_FORMATS,
  TRAINING_TOPIC_LABELS,
  TRAINING_TOPICS,
  TrainingFormat,
  TrainingModuleView,
  TrainingTopic,
} from '@navdesk/contracts';
import { ServiceOption } from '../my-services';

type Field =
  | 'title'
  | 'topic'
  | 'format'
  | 'durationMinutes'
  | 'materialUrl'
  | 'description'
  | 'serviceId';

function notBlank(control: AbstractControl<string>): ValidationErrors | null {
  return control.value.trim() === '' ? { required: true } : null;
}

function webAddress(control: AbstractControl<string>): ValidationErrors | null {
  const value = control.value.trim();
  return value === '' || /^https:\/\/\S+$/i.test(value) ? null : { url: true };
}

const MESSAGES: Partial<Record<Field, string>> = {
  title: 'Give the module a title',
  topic: 'Choose what the module is about',
  format: 'Choose the format',
  durationMinutes: 'Give the length in minutes, 5 to 480',
  serviceId: 'Choose the service the module is for',
};

/** Navigators add a module to the catalogue. */
@Component({
  selector: 'nd-module-form',
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
    ErrorBannerComponent,
  ],
  templateUrl: './module-form.component.html',
  styleUrl: './module-form.component.scss',
})
export class ModuleFormComponent {
  readonly #api = inject(TrainingApi);
  readonly #destroyRef = inject(DestroyRef);
  readonly #host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly services = input<readonly ServiceOption[]>([]);
  readonly created = output<TrainingModuleView>();

  readonly topics = TRAINING_TOPICS;
  readonly topicLabels = TRAINING_TOPIC_LABELS;
  readonly formats = TRAINING_FORMATS;
  readonly formatLabels = TRAINING_FORMAT_LABELS;
  readonly pending = signal(false);
  readonly formError = signal<string | null>(null);

  readonly form = inject(NonNullableFormBuilder).group({
    title: ['', [notBlank, Validators.minLength(3), Validators.maxLength(200)]],
    topic: ['' as TrainingTopic | '', Validators.required],
    format: ['workshop' as TrainingFormat, Validators.required],
    durationMinutes: [
      60,
      [Validators.required, Validators.min(5), Validators.max(480)],
    ],
    materialUrl: ['', [webAddress, Validators.maxLength(500)]],
    description: ['', Validators.maxLength(2000)],
    core: [false],
    serviceId: [''],
  });

  errorFor(field: Field): string | null {
    const control = this.form.controls[field];
    if (!control.errors || !control.touched) return null;
    const server: unknown = control.errors[SERVER_ERROR_KEY];
    if (typeof server === 'string') return server;
    if (control.errors['url']) {
      return 'Give a full web address starting https://';
    }
    if (control.errors['maxlength']) return 'That is too long';
    if (control.errors['minlength']) return 'Use at least 3 characters';
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
    if (!value.topic) return;
    const request: CreateTrainingModuleRequest = {
      title: value.title.trim(),
      topic: value.topic,
      format: value.format,
      durationMinutes: Number(value.durationMinutes),
      materialUrl: value.materialUrl.trim() || null,
      description: value.description.trim(),
      core: value.core,
      ...(multi ? { serviceId: value.serviceId } : {}),
    };
    this.pending.set(true);
    this.formError.set(null);
    this.#api
      .createModule(request)
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: (module) => {
          this.pending.set(false);
          this.form.reset();
          this.created.emit(module);
        },
        error: (error: unknown) => {
          this.pending.set(false);
          const unmatched = applyFieldErrors(this.form.controls, error);
          this.formError.set(
            unmatched.length > 0
              ? unmatched.join(' ')
              : toApiError(error).message,
          );
        },
      });
  }
}
