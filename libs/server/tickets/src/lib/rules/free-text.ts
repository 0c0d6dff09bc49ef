import { maskIdentifiers } from '@navdesk/contracts';

/**
 * Free text is stored twice, in one write: as typed, and with identifiers masked. Every path that
 * writes a ticket's text, an incident's title or a timeline body goes through these, so the masked
 * rendition (what managers, reports and exports read) never lags the original.
 */
export function ticketText(title: string, description: string, now = new Date()): { title: string; titleMasked: string; description: string; descriptionMasked: string } {
  return { title, titleMasked: maskIdentifiers(title, now), description, descriptionMasked: maskIdentifiers(description, now) };
}

export function incidentTitle(title: string, now = new Date()): { title: string; titleMasked: string } {
  return { title, titleMasked: maskIdentifiers(title, now) };
}

export function eventBody(body: string | null, now = new Date()): { body: string | null; bodyMasked: string | null } {
  return { body, bodyMasked: body === null ? null : maskIdentifiers(body, now) };
}
