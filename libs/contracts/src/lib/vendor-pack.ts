/**
 * The feedback pack for the programme's vendor: what services cannot fix themselves. Masked text only
 * (no identifier leaves the care team), counts of patients suppressed as in every report.
 */
import type { z } from 'zod';
import type * as s from './schemas/outcomes.schema';

export type VendorPackReport = z.output<typeof s.VendorPackReportSchema>;
/**
 * A problem marked not fixable here: the incidents of one masked title and category (one per service, or
 * again after a quiet spell, they are the same problem to the vendor), or the not-fixable tickets of one
 * category that belong to no incident.
 */
export type VendorProblem = VendorPackReport['problems'][number];
export type VendorAskedAwayModule = VendorPackReport['askedAway'][number];
/** Notification settings changed because the programme's reminders were a burden, by calendar month. */
export type VendorNotificationMonth = VendorPackReport['notificationBurden'][number];
