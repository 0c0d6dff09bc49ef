import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  OnInit,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import {
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
} from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MatError,
  MatFormField,
  MatHint,
  MatLabel,
} from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { map } from 'rxjs';
import {
  errorStatus,
  SERVER_ERROR_KEY,
  toApiError,
  TriageRulesApi,
} from '@navdesk/console/data-access';
import {
  ErrorBannerComponent,
  injectFormShell,
  LoadingIndicatorComponent,
  LondonTimePipe,
  PageHeaderComponent,
} from '@navdesk/console/ui';
import {
  CATEGORY_LABELS,
  THEME_LABELS,
  THEMES,
  TICKET_CATEGORIES,
  TICKET_KINDS,
  TicketKind,
  TriageRulesPreview,
  TriageRulesView,
} from '@navdesk/contracts';
import { TriageRuleHistoryComponent } from './triage-rule-history.component';
import { TriageRuleMovesComponent } from './triage-rule-moves.component';
import {
  applyRuleErrors,
  RuleField,
  RuleForm,
  ruleForm,
  toRuleInputs,
} from './triage-rules-form';

const KIND_LABELS: Record<TicketKind, string> = {
  tech_support: 'Tech support',
  usability_incident: 'Usability report',
};

/**
 * Admins edit the triage rules. An edit is previewed (what it would do to the latest 1,000 tickets)
 * before it can be saved; a change after the preview needs a new one. The server checks every rule
 * and its 400 marks the rule and field; the history lists who saved each version and when.
 */
@Component({
  selector: 'nd-triage-rules-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatSelect,
    MatOption,
    PageHeaderComponent,
    ErrorBannerComponent,
    LoadingIndicatorComponent,
    LondonTimePipe,
    TriageRuleMovesComponent,
    TriageRuleHistoryComponent,
  ],
  templateUrl: './triage-rules-page.component.html',
  styleUrl: './triage-rules-page.component.scss',
})
export class TriageRulesPageComponent implements OnInit {
  readonly #api = inject(TriageRulesApi);
  readonly #fb = inject(NonNullableFormBuilder);
  readonly #snackBar = inject(MatSnackBar);
  readonly #destroyRef = inject(DestroyRef);
  readonly #shell = injectFormShell();

  readonly categories = TICKET_CATEGORIES;
  readonly categoryLabels = CATEGORY_LABELS;
  readonly themes = THEMES;
  readonly themeLabels = THEME_LABELS;
  readonly kinds = TICKET_KINDS;
  readonly kindLabels = KIND_LABELS;

  readonly form = this.#fb.group({ rules: this.#fb.array<RuleForm>([]) });
  readonly rules = this.form.controls.rules;

  readonly view = signal<TriageRulesView | null>(null);
  readonly loading = signal(true);
  readonly loadError = signal<string | null>(null);
  readonly pending = this.#shell.pending;
  readonly formError = this.#shell.error;
  /** True after a 409: the edit is kept, but only a reload can be saved on. */
  readonly stale = signal(false);
  /** The last preview, with the edit it was made for. */
  readonly preview = signal<{
    edit: string;
    result: TriageRulesPreview;
  } | null>(null);

  /** The edit as it would be sent, as text: what a preview and a save are compared by. */
  readonly edit = toSignal(
    this.form.valueChanges.pipe(map(() => this.#editKey())),
    { initialValue: '[]' },
  );
  readonly #saved = signal('[]');
  readonly unchanged = computed(() => this.edit() === this.#saved());
  readonly previewIsCurrent = computed(
    () => this.preview()?.edit === this.edit(),
  );
  readonly canSave = computed(
    () =>
      this.previewIsCurrent() &&
      !this.unchanged() &&
      !this.pending() &&
      !this.stale(),
  );
  readonly saveHint = computed(() => {
    if (this.stale()) return 'Reload to edit the newest version.';
    if (this.unchanged()) return 'No changes to save.';
    if (!this.previewIsCurrent()) return 'Preview this edit before saving it.';
    return null;
  });

  ngOnInit(): void {
    this.load();
  }

  load(): void {
    this.loading.set(true);
    this.loadError.set(null);
    this.#api
      .current()
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: (view) => this.#show(view),
        error: (error: unknown) => {
          this.loadError.set(toApiError(error).message);
          this.loading.set(false);
        },
      });
  }

  addRule(): void {
    this.rules.push(ruleForm(this.#fb));
  }

  removeRule(index: number): void {
    this.rules.removeAt(index);
  }

  /** Order matters: when two rules match equally, the earlier one decides. */
  moveRule(index: number, by: -1 | 1): void {
    const rule = this.rules.at(index);
    this.rules.removeAt(index, { emitEvent: false });
    this.rules.insert(index + by, rule);
  }

  runPreview(): void {
    if (!this.#shell.ready(this.form)) return;
    const edit = this.edit();
    this.#shell.submit(this.#api.preview(toRuleInputs(this.rules)), {
      done: (result) => this.preview.set({ edit, result }),
      failed: (error) => this.#failure(error),
    });
  }

  save(): void {
    const view = this.view();
    if (!view || !this.canSave() || !this.#shell.ready(this.form)) return;
    this.#shell.submit(
      this.#api.save({
        version: view.version,
        rules: toRuleInputs(this.rules),
      }),
      {
        done: (saved) => {
          this.#show(saved);
          this.#snackBar.open(
            `Saved as version ${saved.version}. New tickets are triaged with it.`,
            'Close',
            { duration: 6000 },
          );
        },
        failed: (error) => this.#failure(error),
      },
    );
  }

  /** The message under a rule's field, or null; the server's word wins. */
  errorFor(rule: RuleForm, field: RuleField): string | null {
    const errors: ValidationErrors | null = rule.controls[field].errors;
    if (!errors) return null;
    const server: unknown = errors[SERVER_ERROR_KEY];
    if (typeof server === 'string') return server;
    if (errors['required'])
      return field === 'patterns' ? 'Enter at least one pattern' : 'Required';
    if (errors['maxlength']) return 'Use at most 64 characters';
    return 'Check this field';
  }

  #show(view: TriageRulesView): void {
    this.view.set(view);
    this.rules.clear({ emitEvent: false });
    for (const rule of view.rules) {
      this.rules.push(ruleForm(this.#fb, rule), { emitEvent: false });
    }
    this.#saved.set(this.#editKey());
    this.form.updateValueAndValidity();
    this.preview.set(null);
    this.stale.set(false);
    this.loading.set(false);
  }

  #editKey(): string {
    return JSON.stringify(toRuleInputs(this.rules));
  }

  /** The banner's message; a 400 also marks the rules and fields it names. */
  #failure(error: unknown): string {
    const status = errorStatus(error);
    if (status === 409) {
      this.stale.set(true);
      return toApiError(error).message;
    }
    if (status === 400) {
      const unmatched = applyRuleErrors(
        this.rules,
        toApiError(error).details ?? [],
      );
      queueMicrotask(() => this.#shell.focusFirstInvalid());
      return unmatched.length > 0
        ? unmatched.join(' ')
        : 'Some rules need changing — see the messages by the fields.';
    }
    return toApiError(error).message;
  }
}
