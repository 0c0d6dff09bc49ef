import { programmeModuleTitle } from '@navdesk/contracts';
import { planAfter, type TailoringAsk } from './tailoring-rules';

/** An applied change, as replayed onto the register's plan. */
export interface AppliedTailoring extends TailoringAsk {
  id: string;
}

export interface MootTailoring {
  id: string;
  reason: string;
}

export interface ComposedPlan {
  /** The effective plan: what flags, briefs and new requests read. */
  plan: string[];
  /** Changes that no longer do anything to the plan they are replayed on. */
  moot: MootTailoring[];
}

/** Why a change would do nothing to `plan`, or null while it still changes it. */
export function mootReason(plan: readonly string[], change: TailoringAsk, title: (id: string) => string = programmeModuleTitle): string | null {
  const inPlan = plan.includes(change.moduleId);
  switch (change.action) {
    case 'skip':
      return inPlan ? null : `${title(change.moduleId)} is no longer in the patient's plan from the records feed, so there is nothing to skip`;
    case 'replace':
      return inPlan ? null : `${title(change.moduleId)} is no longer in the patient's plan from the records feed, so there is nothing to replace`;
    case 'add':
      return inPlan ? `${title(change.moduleId)} is now in the patient's plan from the records feed anyway` : null;
  }
}

/**
 * The effective plan: the register's plan (the base) with the applied changes replayed in decision
 * order. A change that would do nothing where it is replayed is reported moot and left out, so a
 * later feed cannot silently undo it nor make it act on a plan it was not decided for.
 */
export function composePlan(base: readonly string[], applied: readonly AppliedTailoring[], title: (id: string) => string = programmeModuleTitle): ComposedPlan {
  let plan = [...new Set(base)];
  const moot: MootTailoring[] = [];
  for (const change of applied) {
    const reason = mootReason(plan, change, title);
    if (reason) moot.push({ id: change.id, reason });
    else plan = planAfter(plan, change);
  }
  return { plan, moot };
}
