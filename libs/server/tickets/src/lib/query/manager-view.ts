import type { TicketDetail } from '@navdesk/contracts';
import { COMMENT_TYPES } from './free-text-view';

/**
 * The last gate before a manager's ticket page leaves the server (contract: managers never see
 * internal notes, comment threads or a patient ref). The queries already leave them out (forViewer,
 * timeline access `no-comments`); this holds even if a later query forgets to.
 */
export function forManager(detail: TicketDetail): TicketDetail {
  if (!detail.textMasked) throw new Error(`Ticket ${detail.id} reached a manager unmasked`);
  return { ...detail, patientRef: null, timeline: detail.timeline.filter((e) => !COMMENT_TYPES.includes(e.type) && e.type !== 'risk_flagged') };
}
