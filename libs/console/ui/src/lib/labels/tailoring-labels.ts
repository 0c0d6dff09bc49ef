// Shared: the tailoring pages, engagement's pre-session brief and the reports read model all say
// these words.
import {
  programmeModuleTitle,
  TailoringAction,
  TailoringStatus,
} from '@navdesk/contracts';

/** What a tailoring request's status means, in words (chips repeat it in colour). */
export const TAILORING_STATUS_LABELS: Record<TailoringStatus, string> = {
  pending: 'Pending',
  declined: 'Declined',
  queued: 'Approved, being applied',
  applied: 'Applied',
  failed: 'Failed',
};

export const TAILORING_ACTION_LABELS: Record<TailoringAction, string> = {
  skip: 'Skip a module',
  replace: 'Replace a module with another',
  add: 'Add a module',
};

/** The label of a status the contracts name; anything else as it comes. */
export function tailoringStatusLabel(status: string): string {
  return (TAILORING_STATUS_LABELS as Record<string, string>)[status] ?? status;
}

export interface TailoringChange {
  action: string;
  moduleId?: string;
  moduleTitle?: string | null;
  replacementModuleId?: string | null;
  replacementModuleTitle?: string | null;
}

/** "Skip Problem solving", "Replace Thoughts and feelings with Managing worry", "Add Managing worry". */
export function describeTailoringChange(change: TailoringChange): string {
  const module =
    change.moduleTitle ||
    (change.moduleId ? programmeModuleTitle(change.moduleId) : 'a module');
  const replacement =
    change.replacementModuleTitle ||
    (change.replacementModuleId
      ? programmeModuleTitle(change.replacementModuleId)
      : 'another module');
  switch (change.action) {
    case 'skip':
      return `Skip ${module}`;
    case 'replace':
      return `Replace ${module} with ${replacement}`;
    case 'add':
      return `Add ${module}`;
    default:
      return `${change.action} ${module}`;
  }
}
