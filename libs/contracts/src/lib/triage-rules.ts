import type { z } from 'zod';
import type * as s from './schemas/support.schema';

/** Triage rules, edited by admins (`/api/admin/triage-rules`). A ticket's text is scored against every rule. */
export type TriageRuleInput = z.output<typeof s.TriageRuleInputSchema>;

export type TriageRuleVersionSummary = TriageRulesView['history'][number];

export type TriageRulesView = z.output<typeof s.TriageRulesViewSchema>;

export type TriageRulesPreviewRequest = { rules: TriageRuleInput[] };

export type SaveTriageRulesRequest = { version: number; rules: TriageRuleInput[] };

export type TriagePlacement = TriageRuleMove['from'];

/** Tickets whose triage outcome the edit would change from `from` to `to`. */
export type TriageRuleMove = TriageRulesPreview['moves'][number];

export type TriageRulesPreview = z.output<typeof s.TriageRulesPreviewSchema>;

export const TRIAGE_PREVIEW_TICKETS = 1_000;
