import type { z } from 'zod';
import type * as s from './schemas/tailoring.schema';

/** Tailoring: a PWP asks to skip, replace or add a programme module for one patient; a navigator decides. */

export const TAILORING_ACTIONS = ['skip', 'replace', 'add'] as const;
export type TailoringAction = (typeof TAILORING_ACTIONS)[number];

export const TAILORING_DECISIONS = ['approved', 'declined'] as const;
export type TailoringDecision = (typeof TAILORING_DECISIONS)[number];

/** pending → declined, or pending → queued (approved) → applied | failed (a ticket is opened). */
export const TAILORING_STATUSES = ['pending', 'declined', 'queued', 'applied', 'failed'] as const;
export type TailoringStatus = (typeof TAILORING_STATUSES)[number];

/*
 * Request and answer shapes: each is its zod schema in `schemas/tailoring.schema.ts` (the one source, also of the
 * server's validation and the OpenAPI document). A request is what a client sends (`z.input`), an answer what
 * it gets (`z.output`).
 */
export type CreateTailoringRequest = z.input<typeof s.CreateTailoringRequestSchema>;
export type DecideTailoringRequest = z.input<typeof s.DecideTailoringRequestSchema>;
export type TailoringRequestView = z.output<typeof s.TailoringRequestViewSchema>;

/** Applying an approved change: the programme plan after it. */
export interface ProgrammePlanChange {
  /** Navdesk's request id, so a retried call changes the plan once. */
  requestId: string;
  action: TailoringAction;
  moduleId: string;
  replacementModuleId: string | null;
}
