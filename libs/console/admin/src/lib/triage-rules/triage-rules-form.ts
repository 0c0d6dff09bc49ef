import {
  FormArray,
  FormControl,
  FormGroup,
  NonNullableFormBuilder,
  Validators,
} from '@angular/forms';
import { SERVER_ERROR_KEY } from '@navdesk/console/data-access';
import {
  ApiErrorDetail,
  Theme,
  TicketCategory,
  TicketKind,
  TriageRuleInput,
} from '@navdesk/contracts';

export type RuleForm = FormGroup<{
  id: FormControl<string>;
  category: FormControl<TicketCategory | ''>;
  theme: FormControl<Theme | ''>;
  kinds: FormControl<TicketKind[]>;
  /** One pattern a line. */
  patterns: FormControl<string>;
}>;

export type RuleField = keyof RuleForm['controls'];

export type RulesForm = FormArray<RuleForm>;

/** A rule's controls, filled from `rule` or empty for a new one. */
export function ruleForm(
  fb: NonNullableFormBuilder,
  rule?: TriageRuleInput,
): RuleForm {
  return fb.group({
    id: [rule?.id ?? '', [Validators.required, Validators.maxLength(64)]],
    category: fb.control<TicketCategory | ''>(rule?.category ?? '', {
      validators: [Validators.required],
    }),
    theme: fb.control<Theme | ''>(rule?.theme ?? '', {
      validators: [Validators.required],
    }),
    kinds: fb.control<TicketKind[]>(rule?.kinds ?? []),
    patterns: [rule?.patterns.join('\n') ?? '', [Validators.required]],
  });
}

/** The rules as the API takes them: blank pattern lines dropped, no `kinds` meaning every kind. */
export function toRuleInputs(rules: RulesForm): TriageRuleInput[] {
  return rules.getRawValue().map((rule) => ({
    id: rule.id.trim(),
    category: rule.category as TicketCategory,
    theme: rule.theme as Theme,
    patterns: rule.patterns
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== ''),
    ...(rule.kinds.length > 0 ? { kinds: rule.kinds } : {}),
  }));
}

const RULE_FIELD =
  /^rules\.(\d+)\.(id|category|theme|kinds|patterns)(?:\.\d+)?$/;

/**
 * Puts each 400 detail naming a rule's field (`rules.3.patterns.2`) on that rule's control, and
 * returns the messages that name none (the rule set as a whole, an unknown field) for the banner.
 */
export function applyRuleErrors(
  rules: RulesForm,
  details: readonly ApiErrorDetail[],
): string[] {
  const unmatched: string[] = [];
  for (const detail of details) {
    const match = RULE_FIELD.exec(detail.field);
    const control = match
      ? rules.at(Number(match[1]))?.controls[match[2] as RuleField]
      : undefined;
    if (!control) {
      unmatched.push(detail.message);
      continue;
    }
    const already: unknown = control.errors?.[SERVER_ERROR_KEY];
    control.setErrors({
      ...(control.errors ?? {}),
      [SERVER_ERROR_KEY]:
        typeof already === 'string'
          ? `${already} ${detail.message}`
          : detail.message,
    });
    control.markAsTouched();
  }
  return unmatched;
}
