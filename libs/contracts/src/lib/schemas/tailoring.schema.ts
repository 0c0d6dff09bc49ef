import { z } from 'zod';
import { TAILORING_ACTIONS, TAILORING_DECISIONS, TAILORING_STATUSES } from '../tailoring';
import { isoDateTime, PageQuerySchema, personRef } from './common.schema';

const patientRef = { error: 'must be a patient ref such as P-7QK2M9' };
const moduleId = { error: 'must be a programme module id' };

export const CreateTailoringRequestSchema = z.strictObject({
  patientRef: z.string(patientRef).max(20, patientRef).meta({ example: 'P-7QK2M9' }),
  moduleId: z.string(moduleId).max(100, moduleId).meta({ example: 'm03-thoughts-and-feelings' }),
  action: z.enum(TAILORING_ACTIONS, { error: 'must be skip, replace or add' }),
  replacementModuleId: z.string(moduleId).max(100, moduleId).optional().meta({ example: 'm05-managing-worry', description: 'The module to take instead: required for `replace`.' }),
  reason: z.string({ error: 'must be text' }).min(5).max(500).meta({ example: 'Co-morbid anxiety: worry content first' }),
});

export const DecideTailoringRequestSchema = z.strictObject({
  version: z.int({ error: 'must be a whole number' }).min(1).meta({ description: 'The version you read; a stale one is a 409' }),
  decision: z.enum(TAILORING_DECISIONS, { error: 'must be approved or declined' }),
  note: z.string({ error: 'must be text' }).min(2).max(1000).meta({ example: 'Agreed: worry module suits the co-morbid anxiety' }),
});

/** `GET /api/tailoring-requests`: filters and the keyset page. */
export const TailoringListQuerySchema = PageQuerySchema.extend({
  status: z.enum(TAILORING_STATUSES).optional(),
  serviceId: z.guid({ error: 'must be a service id' }).optional(),
});


export const TailoringRequestViewSchema = z
  .strictObject({
    id: z.guid(),
    patientRef: z.string(),
    serviceId: z.guid(),
    action: z.enum(TAILORING_ACTIONS),
    moduleId: z.string(),
    moduleTitle: z.string(),
    replacementModuleId: z.string().nullable(),
    replacementModuleTitle: z.string().nullable(),
    reason: z.string(),
    status: z.enum(TAILORING_STATUSES),
    requestedBy: personRef(),
    createdAt: isoDateTime(),
    decidedBy: personRef().nullable(),
    decisionNote: z.string().nullable(),
    decidedAt: isoDateTime().nullable(),
    appliedAt: isoDateTime().nullable(),
    mootAt: isoDateTime().nullable().meta({ description: 'Set when a later records feed made an applied change pointless (e.g. a skipped module is no longer in the plan).' }),
    mootReason: z.string().nullable(),
    attempts: z.int(),
    lastError: z.string().nullable(),
    ticket: z.strictObject({ id: z.guid(), reference: z.string() }).nullable().meta({ description: 'The ticket opened when applying failed' }),
    version: z.int(),
  })
  .meta({ id: 'TailoringRequestView', description: 'A PWP’s request to skip, replace or add a programme module for one patient, and its decision' });
