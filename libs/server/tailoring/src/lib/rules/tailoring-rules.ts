import { PROGRAMME_MODULE_IDS, type ApiErrorDetail, type TailoringAction } from '@navdesk/contracts';

export interface TailoringAsk {
  action: TailoringAction;
  moduleId: string;
  replacementModuleId?: string | null;
}

/**
 * Whether a request makes sense against the patient's plan: skip and replace act on a module in the
 * plan, add and a replacement bring one that is not. Returns the problems, each naming its field.
 */
export function tailoringProblems(ask: TailoringAsk, plan: readonly string[]): ApiErrorDetail[] {
  const problems: ApiErrorDetail[] = [];
  if (!PROGRAMME_MODULE_IDS.includes(ask.moduleId)) problems.push({ field: 'moduleId', message: 'moduleId is not a module of the programme' });
  const inPlan = plan.includes(ask.moduleId);
  if ((ask.action === 'skip' || ask.action === 'replace') && !inPlan) problems.push({ field: 'moduleId', message: `the patient's plan does not include ${ask.moduleId}, so it cannot be ${ask.action === 'skip' ? 'skipped' : 'replaced'}` });
  if (ask.action === 'add' && inPlan) problems.push({ field: 'moduleId', message: `the patient's plan already includes ${ask.moduleId}` });
  if (ask.action === 'replace') {
    const r = ask.replacementModuleId;
    if (!r) problems.push({ field: 'replacementModuleId', message: 'replacementModuleId is required to replace a module' });
    else if (!PROGRAMME_MODULE_IDS.includes(r)) problems.push({ field: 'replacementModuleId', message: 'replacementModuleId is not a module of the programme' });
    else if (plan.includes(r)) problems.push({ field: 'replacementModuleId', message: `the patient's plan already includes ${r}` });
  } else if (ask.replacementModuleId) {
    problems.push({ field: 'replacementModuleId', message: 'replacementModuleId is only for action replace' });
  }
  return problems;
}

/** The plan after an applied change (the order of the rest is kept; a replacement takes the old one's place). */
export function planAfter(plan: readonly string[], ask: TailoringAsk): string[] {
  switch (ask.action) {
    case 'skip':
      return plan.filter((m) => m !== ask.moduleId);
    case 'replace':
      return plan.map((m) => (m === ask.moduleId ? (ask.replacementModuleId as string) : m)).filter((m, i, all) => all.indexOf(m) === i);
    case 'add':
      return plan.includes(ask.moduleId) ? [...plan] : [...plan, ask.moduleId];
  }
}

/** "Skip Problem solving", "Replace Thoughts and feelings with Managing worry", "Add Managing worry". */
export function describeTailoring(ask: TailoringAsk, title: (id: string) => string): string {
  if (ask.action === 'replace') return `Replace ${title(ask.moduleId)} with ${title(ask.replacementModuleId ?? '')}`;
  return `${ask.action === 'skip' ? 'Skip' : 'Add'} ${title(ask.moduleId)}`;
}
