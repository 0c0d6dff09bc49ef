import type { ApiErrorDetail } from '@navdesk/contracts';
import { InvalidInputException } from '@navdesk/server/core';
import type { TriageRuleProblem } from '../rules';
import { isRecord } from '../rules/json-guards';

/** `['patterns', 2]` → "pattern 3"; other fields by name. */
function fieldLabel(path: TriageRuleProblem['path']): string {
  const [field, index] = path;
  if (field === undefined) return '';
  if (field === 'patterns' && typeof index === 'number')
    return ` pattern ${index + 1}`;
  return ` ${field}`;
}

/**
 * A 400 whose details name each bad field as `rules.<rule>.<field>[.<index>]` (the API's dotted
 * paths), with a message an admin can act on: `Rule 2 "app-crash" pattern 3 is not a valid regex: …`.
 */
export function triageRuleProblemsError(
  problems: readonly TriageRuleProblem[],
  rules: readonly unknown[],
): InvalidInputException {
  const details: ApiErrorDetail[] = problems.map((p) => {
    if (p.rule === null)
      return { field: 'rules', message: `The rules ${p.message}` };
    const raw = rules[p.rule];
    const id =
      isRecord(raw) && typeof raw['id'] === 'string' && raw['id'].trim()
        ? ` "${raw['id']}"`
        : '';
    return {
      field: ['rules', p.rule, ...p.path].join('.'),
      message: `Rule ${p.rule + 1}${id}${fieldLabel(p.path)} ${p.message}`,
    };
  });
  return new InvalidInputException(details);
}
