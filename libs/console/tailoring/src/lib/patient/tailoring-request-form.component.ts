import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import {
  AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
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
  errorStatus,
  SERVER_ERROR_KEY,
  submitErrorMessage,
  TailoringApi,
} from '@navdesk/console/data-access';
import {
  ErrorBannerComponent,
  injectFormShell,
  TAILORING_ACTION_LABELS,
} from '@navdesk/console/ui';
import {
  CreateTailoringRequest,
  PROGRAMME_MODULES,
  programmeModuleTitle,
  TAILORING_ACTIONS,
  TailoringAction,
  TailoringRequestView,
} from '@navdesk/contracts';

export const TAILORING_REASON_MIN = 5;
export const TAILORING_REASON_MAX = 500;

export interface ModuleOption {
  id: string;
  title: string;
}

function notBlank(control: AbstractControl<string>): ValidationErrors | null {
  return control.value.trim() === '' ? { required: true } : null;
}

type Field = 'action' | 'moduleId' | 'replacementModuleId' | 'reason';

const MESSAGES: Record<Field, string> = {
  action: 'Choose what should change',
  moduleId: 'Choose the module',
  replacementModuleId: 'Choose the module to take instead',
  reason: 'Say why this patient needs the change',
};

/**
 * The modules to choose from. Skip and replace act on the patient's plan (all modules when the
 * plan is not known); add and the replacement offer the modules not in it.
 */
export function moduleChoices(
  action: TailoringAction,
  plan: readonly string[] | null,
  moduleId = '',
): { modules: ModuleOption[]; replacements: ModuleOption[] } {
  const all: ModuleOption[] = PROGRAMME_MODULES.map((m) => ({
    id: m.id,
    title: m.title,
  }));
  const known = plan !== null && plan.length > 0;
  const inPlan = new Set(plan ?? []);
  const planned: ModuleOption[] = known
    ? (plan ?? []).map((id) => ({ id, title: programmeModuleTitle(id) }))
    : all;
  const others = known ? all.filter((m) => !inPlan.has(m.id)) : all;
  return {
    modules: action === 'add' ? others : planned,
    replacements: others.filter((m) => m.id !== moduleId),
  };
}

/** A PWP asks to skip, replace or add a programme module for this patient, and says why. */
@Component({
  selector: 'nd-tailoring-request-form',
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
  templateUrl: './tailoring-request-form.component.html',
  styleUrl: './tailoring-request-form.component.scss',
})
export class TailoringRequestFormComponent {
  readonly #api = inject(TailoringApi);

  readonly patientRef = input.required<string>();
  /** The module ids of the patient's plan; null when the programme could not be asked. */
  readonly plan = input<readonly string[] | null>(null);
  readonly created = output<TailoringRequestView>();
  readonly cancelled = output<void>();

  readonly actions = TAILORING_ACTIONS;
  readonly actionLabels = TAILORING_ACTION_LABELS;
  readonly reasonMax = TAILORING_REASON_MAX;
  readonly #shell = injectFormShell();
  readonly pending = this.#shell.pending;
  readonly formError = this.#shell.error;

  readonly form = inject(NonNullableFormBuilder).group({
    action: ['skip' as TailoringAction, Validators.required],
    moduleId: ['', Validators.required],
    replacementModuleId: [''],
    reason: [
      '',
      [
        notBlank,
        Validators.minLength(TAILORING_REASON_MIN),
        Validators.maxLength(TAILORING_REASON_MAX),
      ],
    ],
  });

  readonly #value = toSignal(this.form.valueChanges, {
    initialValue: this.form.getRawValue(),
  });
  readonly action = computed(() => this.#value().action ?? 'skip');
  readonly choices = computed(() =>
    moduleChoices(this.action(), this.plan(), this.#value().moduleId ?? ''),
  );
  readonly planKnown = computed(() => (this.plan()?.length ?? 0) > 0);

  constructor() {
    // A module chosen for one action may not be offered for another.
    this.form.controls.action.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((action) => {
        const replacement = this.form.controls.replacementModuleId;
        replacement.setValidators(
          action === 'replace' ? Validators.required : null,
        );
        const { modules } = moduleChoices(action, this.plan());
        if (!modules.some((m) => m.id === this.form.controls.moduleId.value)) {
          this.form.controls.moduleId.setValue('');
        }
        if (action !== 'replace') replacement.setValue('');
        replacement.updateValueAndValidity();
      });
  }

  errorFor(field: Field): string | null {
    const control = this.form.controls[field];
    if (!control.errors || !control.touched) return null;
    const server: unknown = control.errors[SERVER_ERROR_KEY];
    if (typeof server === 'string') return server;
    if (control.errors['maxlength']) {
      return `Keep it under ${TAILORING_REASON_MAX} characters`;
    }
    if (control.errors['minlength']) {
      return `Say a little more: at least ${TAILORING_REASON_MIN} characters`;
    }
    return MESSAGES[field];
  }

  submit(): void {
    if (!this.#shell.ready(this.form)) return;
    const value = this.form.getRawValue();
    const request: CreateTailoringRequest = {
      patientRef: this.patientRef(),
      action: value.action,
      moduleId: value.moduleId,
      ...(value.action === 'replace'
        ? { replacementModuleId: value.replacementModuleId }
        : {}),
      reason: value.reason.trim(),
    };
    this.#shell.submit(this.#api.create(request), {
      done: (created) => {
        this.form.reset();
        this.created.emit(created);
      },
      failed: (error) =>
        errorStatus(error) === 404
          ? 'This patient is not in your caseload.'
          : submitErrorMessage(this.form.controls, error),
    });
  }
}
