/**
 * The feedback pack for the programme's vendor: what services cannot fix themselves. Masked text only
 * (no identifier leaves the care team), counts of patients suppressed as in every report.
 */
import type { PatientCount, ReportWindow } from './reports';
import type { TicketCategory, Theme } from './tickets';

/**
 * A problem marked not fixable here: the incidents of one masked title and category (one per service, or
 * again after a quiet spell, they are the same problem to the vendor), or the not-fixable tickets of one
 * category that belong to no incident.
 */
export interface VendorProblem {
  /** The incidents' masked title, or "Other not-fixable tickets: <category>". */
  problem: string;
  /** The incidents grouped (none for tickets without one). */
  incidentIds: string[];
  /** How many services raised these tickets. */
  services: number;
  category: TicketCategory | null;
  theme: Theme | null;
  /** Tickets raised in the period (staff reports, not patients: not suppressed, as in the incidents report). */
  tickets: number;
  firstSeenAt: string;
  lastSeenAt: string;
  /** Programme app versions the patients of these tickets were on (their last engagement event before the ticket), sorted. */
  appVersions: string[];
  /** Up to three masked descriptions, newest first, each at most 240 characters. */
  examples: string[];
}

export interface VendorAskedAwayModule {
  moduleId: string;
  title: string;
  skip: PatientCount;
  replace: PatientCount;
  requests: PatientCount;
  /** Masked reasons, newest first (up to ten); none when the module's requests are fewer than five. */
  reasons: string[];
}

/** Notification settings changed because the programme's reminders were a burden, by calendar month. */
export interface VendorNotificationMonth {
  month: string;
  /** Changes applied in the programme in that month. */
  changesApplied: PatientCount;
  /** Of those, changes that set quiet hours. */
  withQuietHours: PatientCount;
  /** Of those, changes that turned reminders off. */
  remindersOff: PatientCount;
  /** Notification-burden flags raised and cleared in that month. */
  burdenFlagsRaised: PatientCount;
  burdenFlagsCleared: PatientCount;
}

export interface VendorPackReport extends ReportWindow {
  problems: VendorProblem[];
  askedAway: VendorAskedAwayModule[];
  notificationBurden: VendorNotificationMonth[];
}
