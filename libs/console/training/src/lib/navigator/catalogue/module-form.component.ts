import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  output,
} from '@angular/core';
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
  SERVER_ERROR_KEY,
  submitErrorMessage,
  TrainingApi,
} from '@navdesk/console/data-access';
import { ErrorBannerComponent, injectFormShell } from '@navdesk/console/ui';
import {
  CreateTrainingModuleRequest,
  TRAINING_FORMATS,
  TRAINING_TOPIC_LABELS,
  TRAINING_TOPICS,
  TrainingFormat,
  TrainingModuleView,
  TrainingTopic,
} from '@navdesk/contracts';
import { TRAINING_FORMAT_LABELS } from '../../labels/training-labels';
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

  readonly services = input<readonly ServiceOption[]>([]);
  readonly created = output<TrainingModuleView>();

  readonly topics = TRAINING_TOPICS;
  readonly topicLabels = TRAINING_TOPIC_LABELS;
  readonly formats = TRAINING_FORMATS;
  readonly formatLabels = TRAINING_FORMAT_LABELS;
  readonly #shell = injectFormShell();
  readonly pending = this.#shell.pending;
  readonly formError = this.#shell.error;

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
    const multi = this.services().length > 1;
    const service = this.form.controls.serviceId;
    service.setValidators(multi ? Validators.required : null);
    service.updateValueAndValidity();
    if (!this.#shell.ready(this.form)) return;
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
    this.#shell.submit(this.#api.createModule(request), {
      done: (module) => {
        this.form.reset();
        this.created.emit(module);
      },
      failed: (error) => submitErrorMessage(this.form.controls, error),
    });
  }
}
