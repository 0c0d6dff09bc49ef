import type { z } from 'zod';
import type * as s from './schemas/programme.schema';

/** The digital programme's admin API, as Navdesk's programme client and the simulator speak it. */
export const ACCOUNT_STATUSES = ['active', 'locked'] as const;
export type ProgrammeAccountStatus = (typeof ACCOUNT_STATUSES)[number];

export const REMINDER_FREQUENCIES = ['daily', 'every_2_days', 'every_3_days', 'weekly', 'off'] as const;
export type ReminderFrequency = (typeof REMINDER_FREQUENCIES)[number];

/** A patient's reminder settings in the programme (schema: `schemas/programme.schema.ts`). */
export type NotificationSettings = z.output<typeof s.NotificationSettingsSchema>;

/** The b-CBT programme's online modules, in the order patients usually take them. */
export const PROGRAMME_MODULES = [
  { id: 'm01-understanding-depression', title: 'Understanding depression' },
  { id: 'm02-behavioural-activation', title: 'Behavioural activation' },
  { id: 'm03-thoughts-and-feelings', title: 'Thoughts and feelings' },
  { id: 'm04-problem-solving', title: 'Problem solving' },
  { id: 'm05-managing-worry', title: 'Managing worry' },
  { id: 'm06-sleep-well', title: 'Sleep well' },
  { id: 'm07-healthy-habits', title: 'Healthy habits' },
  { id: 'm08-self-compassion', title: 'Self-compassion' },
  { id: 'm09-relationships', title: 'Relationships' },
  { id: 'm10-staying-well', title: 'Staying well' },
] as const;
export type ProgrammeModuleId = (typeof PROGRAMME_MODULES)[number]['id'];
export const PROGRAMME_MODULE_IDS: readonly string[] = PROGRAMME_MODULES.map((m) => m.id);

/** A module's title, or its id when the programme has since added one Navdesk does not know. */
export function programmeModuleTitle(id: string): string {
  return PROGRAMME_MODULES.find((m) => m.id === id)?.title ?? id;
}

/** A patient's account as the programme holds it (schema: `schemas/programme.schema.ts`). */
export type ProgrammeAccount = z.output<typeof s.ProgrammeAccountSchema>;

export interface PasswordResetRequest {
  channel: 'email' | 'sms';
  /** Navdesk's reset id, so a retried request sends one message, not two. */
  requestId: string;
}

export interface PasswordResetReceipt {
  requestId: string;
  sentAt: string;
  channel: 'email' | 'sms';
}

export interface ProgrammeFaults {
  /** Share of requests answered 500 (0–1). */
  errorRate: number;
  /** Added to every request, in milliseconds. */
  latencyMs: number;
  /** When true every API request is answered 503. */
  down: boolean;
}
