import { z } from 'zod';
import type { ApiErrorDetail } from '@navdesk/contracts';
import { ENGAGEMENT_EVENT_TYPES, ENGAGEMENT_LIMITS, type EngagementEventInput } from '@navdesk/contracts';
import { isCalendarIsoTime } from '@navdesk/contracts';
import { PATIENT_REF_PATTERN } from '@navdesk/server/patients';

/** A real date-time: 2026-02-30T10:00:00Z is refused here, by index, rather than rolled over or failing the batch in Postgres. */
const isoTime = z
  .string({ message: 'must be an ISO 8601 time' })
  .refine((s) => s.includes('T') && isCalendarIsoTime(s), { message: 'must be a real ISO 8601 date-time' });

const event = z
  .object({
    eventId: z.string({ message: 'is required' }).trim().min(1, { message: 'is required' }).max(ENGAGEMENT_LIMITS.eventIdMaxLength, { message: `must be at most ${ENGAGEMENT_LIMITS.eventIdMaxLength} characters` }),
    patientRef: z.string({ message: 'is required' }).regex(PATIENT_REF_PATTERN, { message: 'must be a patient ref such as P-7QK2M9' }),
    type: z.enum(ENGAGEMENT_EVENT_TYPES, { message: `must be one of ${ENGAGEMENT_EVENT_TYPES.join(', ')}` }),
    occurredAt: isoTime,
    value: z.number({ message: 'must be a number' }).int({ message: 'must be a whole number' }).min(ENGAGEMENT_LIMITS.moodMin, { message: 'must be 0–10' }).max(ENGAGEMENT_LIMITS.moodMax, { message: 'must be 0–10' }).optional(),
    moduleId: z.string({ message: 'must be text' }).trim().min(1).max(ENGAGEMENT_LIMITS.moduleIdMaxLength).optional(),
    appVersion: z.string({ message: 'must be text' }).max(40).optional(),
  })
  .superRefine((e, ctx) => {
    if (e.type === 'mood_rated' && e.value === undefined) ctx.addIssue({ code: 'custom', path: ['value'], message: 'is required for mood_rated (0–10)' });
    if ((e.type === 'module_started' || e.type === 'module_completed') && !e.moduleId) ctx.addIssue({ code: 'custom', path: ['moduleId'], message: `is required for ${e.type}` });
  });

export const engagementBatchSchema = z.object({
  events: z
    .array(event, { message: 'must be a list of events' })
    .min(1, { message: 'must hold at least one event' })
    .max(ENGAGEMENT_LIMITS.batchMax, { message: `must hold at most ${ENGAGEMENT_LIMITS.batchMax} events` }),
});

/** The batch's OpenAPI schema, derived from the zod schema above (the one that checks it), as a client sends it. */
export const ENGAGEMENT_BATCH_OPENAPI = z.toJSONSchema(engagementBatchSchema, { target: 'openapi-3.0', io: 'input', unrepresentable: 'any' });

export type ValidEvent = EngagementEventInput & { appVersion?: string };

/** The whole batch or nothing: every bad event, by index and field (events[12].occurredAt), capped for a readable answer. */
export function parseEngagementBatch(body: unknown): { events: ValidEvent[] } | { details: ApiErrorDetail[] } {
  const parsed = engagementBatchSchema.safeParse(body);
  if (parsed.success) return { events: parsed.data.events };
  const details = parsed.error.issues.slice(0, 200).map((issue) => {
    const field = issue.path.reduce<string>((acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part)), '');
    return { field: field || 'events', message: `${field || 'events'} ${issue.message}` };
  });
  return { details };
}
