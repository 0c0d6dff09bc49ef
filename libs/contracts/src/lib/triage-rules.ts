import type { Theme, TicketCategory, TicketKind } from './tickets';

/** Triage rules, edited by admins (`/api/admin/triage-rules`). A ticket's text is scored against every rule. */
export interface TriageRuleInput {
  /** Stable name, shown on a ticket's timeline as "(rule: …)". */
  id: string;
  category: TicketCategory;
  theme: Theme;
  /** Case-insensitive regexes (RE2 syntax: no back-references or look-arounds), matched as whole words. */
  patterns: string[];
  /** Only tickets of these kinds; every kind when absent. */
  kinds?: TicketKind[];
}

export interface TriageRuleVersionSummary {
  version: number;
  ruleCount: number;
  createdAt: string;
  /** Null for version 1 (shipped with Navdesk) or when the admin's account is gone. */
  createdByName: string | null;
}

export interface TriageRulesView {
  version: number;
  rules: TriageRuleInput[];
  createdAt: string;
  createdByName: string | null;
  /** Newest first, the current version included. */
  history: TriageRuleVersionSummary[];
}

export interface TriageRulesPreviewRequest {
  rules: TriageRuleInput[];
}

export interface SaveTriageRulesRequest {
  /** The version the edit started from; a newer one saved meanwhile makes this a 409. */
  version: number;
  rules: TriageRuleInput[];
}

export interface TriagePlacement {
  category: TicketCategory;
  theme: Theme;
}

/** Tickets whose triage outcome the edit would change from `from` to `to`. */
export interface TriageRuleMove {
  from: TriagePlacement;
  to: TriagePlacement;
  count: number;
  /** e.g. "37 tickets would move from Other to Log-in and access". */
  sentence: string;
}

export interface TriageRulesPreview {
  /** The version the edit is compared with. */
  version: number;
  /** How many of the latest tickets were re-triaged in memory (at most `TRIAGE_PREVIEW_TICKETS`). */
  compared: number;
  /** How many of those would change category or theme. */
  moved: number;
  /** Largest first. */
  moves: TriageRuleMove[];
}

export const TRIAGE_PREVIEW_TICKETS = 1_000;
