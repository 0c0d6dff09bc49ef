import { z } from 'zod';
import { INCIDENT_STATUSES } from '../incidents';
import { FIXABILITIES, THEMES, TICKET_CATEGORIES, TICKET_KINDS } from '../tickets';
import { isoDateTime, PageQuerySchema, wrongType } from './common.schema';
import { TicketViewSchema } from './tickets.schema';

const obj = z.strictObject;
const text = (min: number, max: number) => z.string({ error: wrongType('must be text') }).min(min).max(max);

export const CannedReplyViewSchema = obj({ id: z.guid(), title: z.string(), body: z.string(), serviceId: z.guid().nullable(), createdById: z.guid() }).meta({
  id: 'CannedReplyView',
  description: 'A navigator’s reusable reply',
});
export const CreateCannedReplyRequestSchema = obj({ title: text(1, 120), body: text(1, 5000), serviceId: z.guid({ error: 'must be a service id' }).optional() });

export const KbArticleViewSchema = obj({
  id: z.guid(),
  title: z.string(),
  summary: z.string(),
  body: z.string(),
  category: z.enum(TICKET_CATEGORIES),
  tags: z.array(z.string()),
  updatedAt: isoDateTime(),
}).meta({ id: 'KbArticleView', description: 'A short knowledge-base article that may answer a question before a ticket is raised' });
export const CreateKbArticleRequestSchema = obj({
  title: text(3, 200),
  summary: text(1, 500),
  body: text(1, 20000),
  category: z.enum(TICKET_CATEGORIES),
  tags: z.array(text(0, 40)).max(20).optional(),
});
export const KbArticleOpenedRequestSchema = obj({ draftId: z.guid({ error: 'must be a UUID' }).meta({ description: 'The raise-an-issue form’s draftId' }) });
export const ListKbQuerySchema = PageQuerySchema.extend({ q: z.string().max(300).optional(), category: z.enum(TICKET_CATEGORIES).optional() });

export const NavigatorViewSchema = obj({ id: z.guid(), name: z.string(), email: z.string(), serviceIds: z.array(z.guid()) }).meta({ id: 'NavigatorView' });
export const NavigatorsQuerySchema = obj({ serviceId: z.guid({ error: 'must be a service id' }).optional() });

export const FailedJobViewSchema = obj({ queue: z.string(), id: z.string(), name: z.string(), failedReason: z.string(), attemptsMade: z.int(), finishedAt: isoDateTime().nullable() }).meta({
  id: 'FailedJobView',
  description: 'A job that failed for good, with its reason (admins)',
});
export const OutboundEmailViewSchema = obj({ id: z.guid(), recipient: z.string(), subject: z.string(), body: z.string(), transport: z.string(), createdAt: isoDateTime() }).meta({
  id: 'OutboundEmailView',
  description: 'A message handed to the e-mail transport (the development mailbox; admins)',
});

export const IncidentViewSchema = obj({
  id: z.guid(),
  title: z.string().meta({ description: 'Always the masked rendition, for every reader: an incident is shared across a service’s PWPs and goes into reports' }),
  serviceId: z.guid(),
  category: z.enum(TICKET_CATEGORIES),
  theme: z.enum(THEMES),
  status: z.enum(INCIDENT_STATUSES),
  fixability: z.enum(FIXABILITIES),
  ticketCount: z.int(),
  firstSeenAt: isoDateTime(),
  lastSeenAt: isoDateTime(),
  version: z.int(),
}).meta({ id: 'IncidentView', description: 'Repeated usability reports of one fault, grouped' });

export const IncidentDetailSchema = IncidentViewSchema.extend({ tickets: z.array(TicketViewSchema) }).meta({ id: 'IncidentDetail' });

export const ListIncidentsQuerySchema = PageQuerySchema.extend({ status: z.enum(INCIDENT_STATUSES).optional() });
const version = z.int({ error: 'must be a whole number' }).min(1);
export const UpdateIncidentRequestSchema = obj({ version, status: z.enum(INCIDENT_STATUSES).optional(), fixability: z.enum(FIXABILITIES).optional(), title: text(3, 200).optional() });
export const MergeIncidentsRequestSchema = obj({ version, sourceIncidentId: z.guid({ error: 'must be an incident id' }) });

const placement = obj({ category: z.enum(TICKET_CATEGORIES), theme: z.enum(THEMES) });
export const TriageRuleInputSchema = obj({
  id: z.string().max(64).meta({ description: 'Stable name, shown on a ticket’s timeline as "(rule: …)"', example: 'login-access' }),
  category: z.enum(TICKET_CATEGORIES),
  theme: z.enum(THEMES),
  patterns: z.array(z.string()).meta({ description: 'Case-insensitive regexes (RE2 syntax: no back-references or look-arounds), matched as whole words', example: ['locked out', 'passwords?'] }),
  kinds: z.array(z.enum(TICKET_KINDS)).optional().meta({ description: 'Only tickets of these kinds; every kind when absent' }),
}).meta({ id: 'TriageRuleInput' });

export const TriageRulesViewSchema = obj({
  version: z.int(),
  rules: z.array(TriageRuleInputSchema),
  createdAt: isoDateTime(),
  createdByName: z.string().nullable(),
  history: z
    .array(obj({ version: z.int(), ruleCount: z.int(), createdAt: isoDateTime(), createdByName: z.string().nullable().meta({ description: 'Null for version 1 (shipped with Navdesk) or when the admin’s account is gone' }) }))
    .meta({ description: 'Newest first, the current version included' }),
}).meta({ id: 'TriageRulesView' });

export const TriageRulesPreviewSchema = obj({
  version: z.int().meta({ description: 'The version the edit is compared with' }),
  compared: z.int().meta({ description: 'How many of the latest tickets were re-triaged in memory' }),
  moved: z.int().meta({ description: 'How many of those would change category or theme' }),
  moves: z.array(obj({ from: placement, to: placement, count: z.int(), sentence: z.string().meta({ example: '37 tickets would move from Other to Log-in and access' }) })).meta({ description: 'Largest first' }),
}).meta({ id: 'TriageRulesPreview' });

/**
 * The rules are checked by the server's own rule validator, which names each rule and field in plain words
 * (`Rule 3 "broken" pattern 2 is not a valid regex`); here they pass through, documented as TriageRuleInput.
 */
const ruleItems = z.array(z.unknown().meta({ $ref: '#/components/schemas/TriageRuleInput' }), { error: 'must be a list of rules' });
export const TriageRulesPreviewRequestSchema = obj({ rules: ruleItems });
export const SaveTriageRulesRequestSchema = obj({ version: version.meta({ description: 'The version the edit started from; a newer one saved meanwhile is a 409' }), rules: ruleItems });
