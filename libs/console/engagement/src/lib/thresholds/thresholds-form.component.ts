import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject,
  input,
  OnInit,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  AbstractControl,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  ValidationErrors,
  ValidatorFn,
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
  FlagThresholdsApi,
  SERVER_ERROR_KEY,
  toApiError,
} from '@navdesk/console/data-access';
import {
  ErrorBannerComponent,
  injectFormShell,
  LoadingIndicatorComponent,
} from '@navdesk/console/ui';
import { DEFAULT_FLAG_THRESHOLDS, FlagThresholds } from '@navdesk/contracts';

type Field = keyof FlagThresholds;

interface FieldSpec {
  key: Field;
  label: string;
  min: number;
  max: number;
  unit: string;
}

/** Sensible ranges: days 1–60, mood points 1–10, dismissals 1–100. */
export const THRESHOLD_FIELDS: readonly {
  legend: string;
  fields: readonly FieldSpec[];
}[] = [
  {
    legend: 'No log-in',
    fields: [
      {
        key: 'noLoginDays',
        label: 'Days without a log-in',
        min: 1,
        max: 60,
        unit: 'days',
      },
    ],
  },
  {
    legend: 'Mood drop',
    fields: [
      {
        key: 'moodDropPoints',
        label: 'Mood fall (points)',
        min: 1,
        max: 10,
        unit: 'points',
      },
      {
        key: 'moodDropWindowDays',
        label: 'Mood fall window (days)',
        min: 1,
        max: 60,
        unit: 'days',
      },
    ],
  },
  {
    legend: 'No mood rating',
    fields: [
      {
        key: 'noMoodDays',
        label: 'Days without a mood rating',
        min: 1,
        max: 60,
        unit: 'days',
      },
    ],
  },
  {
    legend: 'Notifications dismissed',
    fields: [
      {
        key: 'burdenDismissals',
        label: 'Notifications dismissed',
        min: 1,
        max: 100,
        unit: 'notifications',
      },
      {
        key: 'burdenWindowDays',
        label: 'Dismissal window (days)',
        min: 1,
        max: 60,
        unit: 'days',
      },
    ],
  },
];

const SPECS = new Map(
  THRESHOLD_FIELDS.flatMap((group) => group.fields).map((f) => [f.key, f]),
);

/** A whole number within min–max; empty is `required`. */
export function wholeNumberBetween(min: number, max: number): ValidatorFn {
  return (control: AbstractControl<number | null>): ValidationErrors | null => {
    const value = control.value;
    if (value === null || (value as unknown) === '') return { required: true };
    if (!Number.isInteger(value)) return { whole: true };
    if (value < min || value > max) return { range: true };
    return null;
  };
}

function control(key: Field): FormControl<number | null> {
  const spec = SPECS.get(key) as FieldSpec;
  return new FormControl<number | null>(null, [
    wholeNumberBetween(spec.min, spec.max),
  ]);
}

/** One service's flag thresholds: read, checked here, saved (PUT); the API's 400 names the field. */
@Component({
  selector: 'nd-thresholds-form',
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
    LoadingIndicatorComponent,
  ],
  host: { 'data-testid': 'thresholds-form' },
  templateUrl: './thresholds-form.component.html',
  styleUrl: './thresholds-form.component.scss',
})
export class ThresholdsFormComponent implements OnInit {
  readonly #api = inject(FlagThresholdsApi);
  readonly #destroyRef = inject(DestroyRef);
  // Its inputs bind [formControlName], so they carry no attribute to find them by.
  readonly #shell = injectFormShell({ invalidField: 'input.ng-invalid' });

  readonly serviceId = input.required<string>();
  readonly serviceName = input.required<string>();

  readonly groups = THRESHOLD_FIELDS;
  readonly loading = signal(true);
  readonly loadError = signal<string | null>(null);
  readonly saving = this.#shell.pending;
  readonly saveError = this.#shell.error;
  readonly saved = signal('');

  readonly form = new FormGroup({
    noLoginDays: control('noLoginDays'),
    moodDropPoints: control('moodDropPoints'),
    moodDropWindowDays: control('moodDropWindowDays'),
    noMoodDays: control('noMoodDays'),
    burdenDismissals: control('burdenDismissals'),
    burdenWindowDays: control('burdenWindowDays'),
  });

  ngOnInit(): void {
    this.load();
  }

  load(): void {
    this.loading.set(true);
    this.loadError.set(null);
    this.#api
      .get(this.serviceId())
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: (thresholds) => {
          this.form.setValue({ ...thresholds });
          this.form.markAsPristine();
          this.loading.set(false);
        },
        error: (error: unknown) => {
          this.loading.set(false);
          this.loadError.set(toApiError(error).message);
        },
      });
  }

  id(field: Field): string {
    return `${this.serviceId()}-${field}`;
  }

  errorFor(field: Field): string | null {
    const c = this.form.controls[field];
    if (!c.errors || !c.touched) return null;
    const server: unknown = c.errors[SERVER_ERROR_KEY];
    if (typeof server === 'string') return server;
    const spec = SPECS.get(field) as FieldSpec;
    return `Enter a whole number of ${spec.unit} from ${spec.min} to ${spec.max}`;
  }

  useDefaults(): void {
    this.form.setValue({ ...DEFAULT_FLAG_THRESHOLDS });
    this.form.markAsDirty();
    this.saved.set('');
  }

  submit(): void {
    // Nothing is said as saved while a save runs, so clearing it first changes nothing then.
    this.saved.set('');
    if (!this.#shell.ready(this.form)) return;
    const thresholds = this.form.getRawValue() as FlagThresholds;
    this.#shell.submit(this.#api.update(this.serviceId(), thresholds), {
      done: (stored) => {
        this.form.setValue({ ...stored });
        this.form.markAsPristine();
        this.saved.set(`Thresholds saved for ${this.serviceName()}.`);
      },
      failed: (error) => this.#failureMessage(error),
    });
  }

  /** A refusal's words; a 400's field messages go on the fields, the first of them focused. */
  #failureMessage(error: unknown): string {
    if (errorStatus(error) === 403) {
      return "Only the service's digital navigators can change its thresholds.";
    }
    const unmatched = applyFieldErrors(this.form.controls, error);
    this.#shell.focusFirstInvalid();
    if (unmatched.length > 0) return unmatched.join(' ');
    return errorStatus(error) === 400
      ? 'Check the thresholds marked below.'
      : toApiError(error).message;
  }
}
