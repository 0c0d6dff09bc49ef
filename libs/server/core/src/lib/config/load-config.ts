import { configSchema, type AppConfig } from './config.schema';

/** Thrown when the environment is unusable; its message is the one line an operator reads. */
export class ConfigError extends Error {
  constructor(readonly variable: string, problem: string) {
    super(`Configuration error: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/** Reads and validates the environment once. Empty strings count as unset so defaults apply. */
export function loadConfig(env: Env): AppConfig {
  const keys = Object.keys(configSchema.shape);
  const input: Env = {};
  for (const key of keys) {
    const value = env[key];
    if (value !== undefined && value.trim() !== '') input[key] = value.trim();
  }
  const parsed = configSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? 'environment');
    throw new ConfigError(variable, issue?.message ?? 'is invalid');
  }
  return Object.freeze(parsed.data);
}

export const CONFIG_VARIABLES: readonly string[] = Object.keys(configSchema.shape);
