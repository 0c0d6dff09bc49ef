import type { z } from 'zod';
import type * as s from './schemas/support.schema';

export const INCIDENT_STATUSES = ['open', 'resolved'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

/** Repeated usability reports of one fault, grouped. */
export type IncidentView = z.output<typeof s.IncidentViewSchema>;

export type UpdateIncidentRequest = z.input<typeof s.UpdateIncidentRequestSchema>;

/** POST /api/incidents/:id/merge: moves every ticket of `sourceIncidentId` into this incident and closes the source. */
export type MergeIncidentsRequest = z.input<typeof s.MergeIncidentsRequestSchema>;
