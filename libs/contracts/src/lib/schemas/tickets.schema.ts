import { z } from 'zod';
import { FIXABILITIES, PRIORITIES, SEVERITIES, THEMES, TICKET_CATEGORIES, TICKET_KINDS, TICKET_STATUSES, TIMELINE_TYPES } from '../tickets';
import { isoDateTime, PageQuerySchema, uuid } from './common.schema';

const text = (min: number, max: number) => z.string().min(min).max(max);
const nullableId = (what: string) => z.guid({ error: `must be ${what} id or null` }).nullable();

export const CreateTicketRequestSchema = z
  .strictObject({
    kind: z.enum(TICKET_KINDS),
    title: text(3, 200).meta({ example: 'Patient cannot log in after the app update' }),
    description: text(1, 5000),
    serviceId: z.guid({ error: 'must be a service id' }),
    category: z.enum(TICKET_CATEGORIES).optional(),
    patientRef: z.string().regex(/^P-[A-Z0-9]{4,12}$/, { error: 'must look like P-7QK2M9' }).optional().meta({ example: 'P-7QK2M9' }),
    severity: z.enum(SEVERITIES).optional().meta({ description: 'medium when left out' }),
    draftId: uuid().optional().meta({ description: 'Client-made id of the raise-an-issue form, linking knowledge-base articles opened while typing' }),
  });

export const TicketFeedbackSchema = z.strictObject({ solved: z.boolean(), disruptedTherapy: z.boolean(), answeredAt: isoDateTime() }).meta({ id: 'TicketFeedback' });

export const TicketViewSchema = z
  .strictObject({
    id: z.guid(),
    reference: z.string(),
    kind: z.enum(TICKET_KINDS),
    status: z.enum(TICKET_STATUSES),
    title: z.string().meta({ description: 'As typed for the reporter and the service’s navigators; with identifiers masked for everyone else (see textMasked)' }),
    description: z.string(),
    textMasked: z.boolean().optional().meta({ description: 'True when title and description are the masked rendition (managers)' }),
    serviceId: z.guid(),
    reporterId: z.guid(),
    reporterName: z.string(),
    patientRef: z.string().nullable(),
    severity: z.enum(SEVERITIES),
    category: z.enum(TICKET_CATEGORIES).nullable(),
    theme: z.enum(THEMES).nullable(),
    priority: z.enum(PRIORITIES).nullable(),
    slaDueAt: isoDateTime().nullable(),
    breached: z.boolean().meta({ description: 'True once the SLA sweep has found the ticket past due' }),
    assigneeId: z.guid().nullable(),
    assigneeName: z.string().nullable(),
    incidentId: z.guid().nullable(),
    fixability: z.enum(FIXABILITIES),
    riskFlag: z.boolean().meta({ description: 'The text suggests risk to a patient: not a tech matter; the service’s risk protocol applies' }),
    version: z.int(),
    createdAt: isoDateTime(),
    updatedAt: isoDateTime(),
    firstResponseAt: isoDateTime().nullable(),
    resolvedAt: isoDateTime().nullable(),
    feedback: TicketFeedbackSchema.nullable(),
  })
  .meta({ id: 'TicketView' });

export const CreatedTicketSchema = TicketViewSchema.extend({
  riskNotice: z.string().nullable().meta({ description: 'When risk is suspected, what to do now' }),
}).meta({ id: 'CreatedTicket', description: 'What POST /api/tickets answers: the ticket plus, when risk is suspected, what to do now' });

export const TimelineEntrySchema = z
  .strictObject({
    id: z.guid(),
    at: isoDateTime(),
    type: z.enum(TIMELINE_TYPES),
    actorId: z.guid().nullable(),
    actorName: z.string().nullable(),
    body: z.string().nullable().meta({ description: 'Managers never get replies or internal notes; the bodies they do get are masked' }),
    field: z.string().nullable(),
    from: z.string().nullable(),
    to: z.string().nullable(),
  })
  .meta({ id: 'TimelineEntry' });

export const TicketDetailSchema = TicketViewSchema.extend({ timeline: z.array(TimelineEntrySchema) }).meta({ id: 'TicketDetail' });

export const UpdateTicketRequestSchema = z
  .strictObject({
    version: z.int({ error: 'must be a whole number' }).min(1).meta({ description: 'The version you read; a stale one is a 409' }),
    status: z.enum(TICKET_STATUSES).optional(),
    assigneeId: nullableId('a user').optional(),
    priority: z.enum(PRIORITIES).optional(),
    category: z.enum(TICKET_CATEGORIES).optional(),
    theme: z.enum(THEMES).optional(),
    fixability: z.enum(FIXABILITIES).optional(),
    incidentId: nullableId('an incident').optional(),
  });

export const BulkAssignRequestSchema = z
  .strictObject({
    ticketIds: z.array(z.guid({ error: 'must hold ticket ids' })).min(1, { error: 'must name at least one ticket' }).max(200),
    assigneeId: z.guid({ error: 'must be a user id' }),
  });

export const BulkAssignResultSchema = z.strictObject({ updated: z.int().meta({ description: 'Tickets assigned' }) }).meta({ id: 'BulkAssignResult' });

export const CreateCommentRequestSchema = z
  .strictObject({
    body: text(1, 5000),
    internal: z.boolean().optional().meta({ description: 'Internal notes are for navigators only and never reach a PWP' }),
  });

export const TicketFeedbackRequestSchema = z.strictObject({ solved: z.boolean(), disruptedTherapy: z.boolean() });

/** `true`/`false` in a query string (a client's own boolean too). */
export const queryBoolean = () => z.union([z.boolean(), z.enum(['true', 'false'])]).transform((v) => v === true || v === 'true');

/** One value or several: repeated (`status=new&status=triaged`) or comma-separated (`status=new,triaged`). */
export const queryList = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .union([z.string(), z.array(z.string()).readonly()])
    .transform((v) => [...new Set((Array.isArray(v) ? v : [v]).flatMap((p) => p.split(',')).map((p) => p.trim()))])
    // One issue for the parameter (`status must be one of …`), not one per position in a list the client may have sent as one string.
    .pipe(
      z
        .array(z.string())
        .max(values.length)
        .refine((list) => list.every((v) => values.includes(v)), { error: `must be one of ${values.join(', ')}` })
        .transform((list) => list as T[number][]),
    )
    .meta({ description: `One or several of ${values.join(', ')}: repeated, or comma-separated` });

export const TicketListQuerySchema = PageQuerySchema.extend({
  status: queryList(TICKET_STATUSES).optional(),
  kind: z.enum(TICKET_KINDS).optional(),
  category: z.enum(TICKET_CATEGORIES).optional(),
  theme: z.enum(THEMES).optional(),
  priority: z.enum(PRIORITIES).optional(),
  assigneeId: z.union([z.literal('unassigned'), z.guid({ error: 'must be a user id or "unassigned"' })]).optional().meta({ description: 'A user id, or "unassigned"' }),
  breached: queryBoolean().optional(),
  serviceId: z.guid({ error: 'must be a service id' }).optional(),
  q: z.string().max(200).optional().meta({ description: 'Searches reference, title and description' }),
  scope: z.enum(['mine', 'all']).optional().meta({ description: 'mine: tickets the caller reported (default for PWPs)' }),
});
