import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const int = (min: number, max: number) =>
  z.coerce
    .number({ message: 'must be a whole number' })
    .int({ message: 'must be a whole number' })
    .min(min, { message: `must be at least ${min}` })
    .max(max, { message: `must be at most ${max}` });

const url = (protocols: string[]) =>
  z.string().refine(
    (v) => {
      try {
        return protocols.includes(new URL(v).protocol);
      } catch {
        return false;
      }
    },
    { message: `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}` },
  );

/** Development-only pepper: refused when NODE_ENV=production (see superRefine below). */
export const DEV_TOKEN_PEPPER = 'navdesk-development-pepper-not-for-production';

/**
 * Every environment variable Navdesk reads, with its default. `.env.example` documents the same list;
 * a unit test keeps the two in step.
 */
export const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production'], { message: 'must be development, test or production' }).default('development'),
    PORT: int(1, 65535).default(3000),
    DATABASE_URL: url(['postgres:', 'postgresql:']).default('postgres://postgres@127.0.0.1:5432/navdesk'),
    DATABASE_POOL_SIZE: int(1, 100).default(10),
    DATABASE_RUN_MIGRATIONS: bool.default(true),
    REDIS_URL: url(['redis:', 'rediss:']).default('redis://127.0.0.1:6379'),
    REDIS_PREFIX: z.string().regex(/^[a-zA-Z0-9:_-]{1,64}$/, { message: 'must be 1–64 letters, digits, : _ or -' }).default('navdesk'),
    TOKEN_PEPPER: z.string().min(32, { message: 'must be at least 32 characters' }).default(DEV_TOKEN_PEPPER),
    SESSION_TTL_MINUTES: int(5, 7 * 24 * 60).default(480),
    LOGIN_MAX_FAILURES: int(1, 100).default(5),
    LOGIN_LOCK_MINUTES: int(1, 24 * 60).default(15),
    LOGIN_IP_LIMIT_PER_MINUTE: int(1, 10_000).default(30),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { message: 'must be a pino level' }).default('info'),
    CONSOLE_DIST: z.string().min(1).default('dist/apps/console/browser'),
    TRUST_PROXY: bool.default(false),
    OUTBOX_POLL_MS: int(50, 60_000).default(250),
    WORKER_CONCURRENCY: int(1, 100).default(5),
    DEMO_SEED: bool.default(false),
    PUBLIC_URL: url(['http:', 'https:']).default('http://localhost:3000'),
    SMTP_URL: url(['smtp:', 'smtps:']).optional(),
    MAIL_FROM: z.string().min(3).default('Navdesk <navdesk@localhost>'),
    PROGRAMME_API_URL: url(['http:', 'https:']).default('http://localhost:3300'),
    PROGRAMME_API_KEY: z.string().min(16, { message: 'must be at least 16 characters' }).default('programme-sim-development-key'),
    PROGRAMME_TIMEOUT_MS: int(100, 60_000).default(5_000),
    PROGRAMME_CIRCUIT_RESET_MS: int(100, 600_000).default(15_000),
    RESETS_RETRY_DELAY_MS: int(10, 600_000).default(10_000),
    RESETS_TRACK_EVERY_MS: int(500, 3_600_000).default(60_000),
    ENGAGEMENT_PROCESS_EVERY_MS: int(200, 600_000).default(2_000),
    REPORTS_REFRESH_EVERY_MS: int(200, 3_600_000).default(60_000),
    SCHEDULES_CHECK_EVERY_MS: int(200, 3_600_000).default(60_000),
    REPORT_EXPORT_TTL_MINUTES: int(1, 10_080).default(60),
  })
  .superRefine((c, ctx) => {
    if (c.NODE_ENV === 'production' && c.TOKEN_PEPPER === DEV_TOKEN_PEPPER) {
      ctx.addIssue({ code: 'custom', path: ['TOKEN_PEPPER'], message: 'must be set to a secret of your own in production' });
    }
    if (c.NODE_ENV === 'production' && c.DEMO_SEED) {
      ctx.addIssue({ code: 'custom', path: ['DEMO_SEED'], message: 'demo data is refused in production' });
    }
  });

export type AppConfig = z.infer<typeof configSchema>;
