// Shared: the tickets pages and the reports read model both show these words; the shell's
// notification bell names its notification types here too.
import type {
  Fixability,
  IncidentStatus,
  NotificationType,
  Priority,
  Severity,
  TicketKind,
} from '@navdesk/contracts';

/** Words for the values the contracts do not label themselves. */
export const KIND_LABELS: Record<TicketKind, string> = {
  tech_support: 'Tech support',
  usability_incident: 'Usability incident',
};

export const PRIORITY_LABELS: Record<Priority, string> = {
  p1: 'P1 · urgent',
  p2: 'P2 · high',
  p3: 'P3 · normal',
  p4: 'P4 · low',
};

export const SEVERITY_LABELS: Record<Severity, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  critical: 'Critical',
};

export const FIXABILITY_LABELS: Record<Fixability, string> = {
  unknown: 'Not yet known',
  fixable: 'Fixable',
  not_fixable: 'Not fixable (needs vendor)',
};

export const INCIDENT_STATUS_LABELS: Record<IncidentStatus, string> = {
  open: 'Open',
  resolved: 'Resolved',
};

export const NOTIFICATION_TYPE_LABELS: Record<NotificationType, string> = {
  assigned: 'Assigned to you',
  reply: 'New reply',
  breach: 'SLA breached',
  resolved: 'Resolved',
  risk: 'Risk flagged',
  waiting_on_you: 'Waiting on you',
  reset_failed: 'Log-in reset failed',
  training_invitation: 'Training invitation',
  training_booking: 'Training booking',
  tailoring_decided: 'Tailoring decided',
  tailoring_applied: 'Tailoring applied',
  tailoring_failed: 'Tailoring failed',
  tailoring_moot: 'Tailoring no longer applies',
  training_reminder: 'Training reminder',
};
