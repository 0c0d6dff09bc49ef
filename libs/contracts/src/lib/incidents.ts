import type { Fixability, Theme, TicketCategory } from './tickets';

export const INCIDENT_STATUSES = ['open', 'resolved'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

/** Repeated usability reports of one fault, grouped. */
export interface IncidentView {
  id: string;
  /** Always the masked rendition, for every reader: an incident is shared across a service's PWPs and goes into reports. */
  title: string;
  serviceId: string;
  category: TicketCategory;
  theme: Theme;
  status: IncidentStatus;
  fixability: Fixability;
  ticketCount: number;
  firstSeenAt: string;
  lastSeenAt: string;
  version: number;
}

export interface UpdateIncidentRequest {
  version: number;
  status?: IncidentStatus;
  fixability?: Fixability;
  title?: string;
}

/** POST /api/incidents/:id/merge: moves every ticket of `sourceIncidentId` into this incident and closes the source. */
export interface MergeIncidentsRequest {
  version: number;
  sourceIncidentId: string;
}
