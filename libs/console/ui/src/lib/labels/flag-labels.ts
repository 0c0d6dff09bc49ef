// Shared: engagement's pages and the reports read model both name flags in these words.
import type { FlagKind } from '@navdesk/contracts';

/** Plain words for each flag a navigator acts on. */
export const FLAG_KIND_LABELS: Record<FlagKind, string> = {
  no_login: 'No log-in',
  mood_drop: 'Mood drop',
  no_mood: 'No mood rating',
  module_overdue: 'Module overdue',
  notification_burden: 'Notifications dismissed',
};
