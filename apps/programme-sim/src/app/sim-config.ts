import { z } from 'zod';

const schema = z.object({
  PROGRAMME_SIM_PORT: z.coerce.number({ message: 'must be a whole number' }).int().min(1).max(65535).default(3300),
  PROGRAMME_SIM_API_KEY: z.string().min(16, { message: 'must be at least 16 characters' }).default('programme-sim-development-key'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type SimConfig = z.infer<typeof schema>;
export const SIM_CONFIG = Symbol('SIM_CONFIG');

/** The simulator's own settings, read once; a bad one stops it with a line naming the variable. */
export function loadSimConfig(env: Record<string, string | undefined>): SimConfig {
  const input = Object.fromEntries(Object.keys(schema.shape).filter((k) => env[k]?.trim()).map((k) => [k, env[k]?.trim()]));
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Configuration error: ${String(issue?.path[0])} ${issue?.message}`);
  }
  return parsed.data;
}
