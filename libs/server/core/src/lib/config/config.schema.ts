import { z } from 'zod';
import { trustProxySchema } from './trust-proxy';

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

/** Development-only secrets: the defaults, refused unless NODE_ENV is development or test (see superRefine below). */
export const DEV_TOKEN_PEPPER = 'navdesk-development-pepper-not-for-production';
export const DEV_PROGRAMME_API_KEY = 'programme-sim-development-key';
export const DEV_EXPORT_LINK_SECRET = 'navdesk-development-export-links-not-for-production';

/** Each secret whose development value is public (in this repository) and so must be replaced outside development. */
const DEV_SECRETS = { TOKEN_PEPPER: DEV_TOKEN_PEPPER, PROGRAMME_API_KEY: DEV_PROGRAMME_API_KEY, EXPORT_LINK_SECRET: DEV_EXPORT_LINK_SECRET } as const;

/**
 * Every environment variable Navdesk reads, with its default. `.env.example` documents the same list;
 * a unit test keeps the two in step.
 */
export const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production'], { message: 'must be development, test or production' }).default('development'),
    PORT: int(1, 65535).default(3000),
    // The worker's own HTTP port (/metrics, /health); 0 takes any free port (tests, several workers on one machine).
    WORKER_HTTP_PORT: int(0, 65535).default(3001),
    // Bearer token Prometheus sends to /metrics on the api and the worker. Unset: /metrics answers 401 to everyone.
    METRICS_TOKEN: z.string().min(16, { message: 'must be at least 16 characters' }).optional(),
    // The runtime role: reads and writes rows, owns nothing (README: Database roles).
    DATABASE_URL: url(['postgres:', 'postgresql:']).default('postgres://navdesk_app@127.0.0.1:5432/navdesk'),
    // The owner role, used only to migrate. Unset: DATABASE_URL as the user navdesk_owner (migrationUrlOf).
    DATABASE_MIGRATION_URL: url(['postgres:', 'postgresql:']).optional(),
    DATABASE_POOL_SIZE: int(1, 100).default(10),
    DATABASE_RUN_MIGRATIONS: bool.default(true),
    REDIS_URL: url(['redis:', 'rediss:']).default('redis://127.0.0.1:6379'),
    REDIS_PREFIX: z.string().regex(/^[a-zA-Z0-9:_-]{1,64}$/, { message: 'must be 1–64 letters, digits, : _ or -' }).default('navdesk'),
    TOKEN_PEPPER: z.string().min(32, { message: 'must be at least 32 characters' }).default(DEV_TOKEN_PEPPER),
    SESSION_TTL_MINUTES: int(5, 7 * 24 * 60).default(480),
    // A session unused this long ends, on top of SESSION_TTL_MINUTES (background polls do not count as use).
    SESSION_IDLE_MINUTES: int(1, 24 * 60).default(30),
    LOGIN_MAX_FAILURES: int(1, 100).default(5),
    LOGIN_LOCK_MINUTES: int(1, 24 * 60).default(15),
    LOGIN_IP_LIMIT_PER_MINUTE: int(1, 10_000).default(30),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { message: 'must be a pino level' }).default('info'),
    CONSOLE_DIST: z.string().min(1).default('dist/apps/console/browser'),
    // False, a hop count or the proxies' addresses; never true (trust-proxy.ts says why).
    TRUST_PROXY: trustProxySchema.default(false),
    OUTBOX_POLL_MS: int(50, 60_000).default(250),
    WORKER_CONCURRENCY: int(1, 100).default(5),
    // Ticket intake by group commit: how long a POST waits for others to share its transaction, and the most that share one.
    INTAKE_BATCH_WAIT_MS: int(0, 1_000).default(2),
    INTAKE_BATCH_MAX: int(1, 1_000).default(100),
    DEMO_SEED: bool.default(false),
    PUBLIC_URL: url(['http:', 'https:']).default('http://localhost:3000'),
    SMTP_URL: url(['smtp:', 'smtps:']).optional(),
    MAIL_FROM: z.string().min(3).default('Navdesk <navdesk@localhost>'),
    PROGRAMME_API_URL: url(['http:', 'https:']).default('http://localhost:3300'),
    PROGRAMME_API_KEY: z.string().min(16, { message: 'must be at least 16 characters' }).default(DEV_PROGRAMME_API_KEY),
    PROGRAMME_TIMEOUT_MS: int(100, 60_000).default(5_000),
    PROGRAMME_CIRCUIT_RESET_MS: int(100, 600_000).default(15_000),
    RESETS_RETRY_DELAY_MS: int(10, 600_000).default(10_000),
    RESETS_TRACK_EVERY_MS: int(500, 3_600_000).default(60_000),
    ENGAGEMENT_PROCESS_EVERY_MS: int(200, 600_000).default(2_000),
    REPORTS_REFRESH_EVERY_MS: int(200, 3_600_000).default(60_000),
    SCHEDULES_CHECK_EVERY_MS: int(200, 3_600_000).default(60_000),
    REPORT_EXPORT_TTL_MINUTES: int(1, 10_080).default(60),
    EXPORT_LINK_SECRET: z.string().min(32, { message: 'must be at least 32 characters' }).default(DEV_EXPORT_LINK_SECRET),
    EXPORT_DOWNLOAD_LIMIT_PER_MINUTE: int(1, 10_000).default(30),
    // Single sign-on (OpenID Connect): off unless the issuer, client id and secret are all set.
    OIDC_ISSUER_URL: url(['http:', 'https:']).optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    // Unset: `${PUBLIC_URL}/api/auth/oidc/callback` (oidcRedirectUrl).
    OIDC_REDIRECT_URL: url(['http:', 'https:']).optional(),
    // The claim matched against Navdesk e-mails; Entra ID deployments may use preferred_username or upn.
    OIDC_EMAIL_CLAIM: z.string().regex(/^[A-Za-z_][\w.:-]{0,63}$/, { message: 'must be a claim name, e.g. email, preferred_username or upn' }).default('email'),
    // Trust OIDC_EMAIL_CLAIM when the provider sends no email_verified (Entra ID v2.0 does not); an
    // explicit false is still refused. Safe only for a single-tenant issuer that owns every address.
    OIDC_TRUST_UNVERIFIED_EMAIL: bool.default(false),
    LOCAL_PASSWORDS: z.enum(['enabled', 'break-glass'], { message: 'must be enabled or break-glass' }).default('enabled'),
    // Comma-separated e-mails of the admins who may still use a password in break-glass mode.
    BREAK_GLASS_ADMINS: z
      .string()
      .default('')
      .transform((v) => v.split(',').map((e) => e.trim().toLowerCase()).filter((e) => e.length > 0)),
  })
  .superRefine((c, ctx) => {
    if (c.NODE_ENV === 'production' && c.DATABASE_MIGRATION_URL && sameUser(c.DATABASE_MIGRATION_URL, c.DATABASE_URL)) {
      ctx.addIssue({ code: 'custom', path: ['DATABASE_MIGRATION_URL'], message: 'must connect as the owner role, not the runtime role of DATABASE_URL, in production' });
    }
    const developing = c.NODE_ENV === 'development' || c.NODE_ENV === 'test';
    for (const [variable, devValue] of Object.entries(DEV_SECRETS)) {
      if (!developing && c[variable as keyof typeof DEV_SECRETS] === devValue) {
        ctx.addIssue({ code: 'custom', path: [variable], message: `must be set to a secret of your own in ${c.NODE_ENV} (the development value is public)` });
      }
    }
    // One leaked secret must not give both sessions and export links.
    if (!developing && c.EXPORT_LINK_SECRET === c.TOKEN_PEPPER) {
      ctx.addIssue({ code: 'custom', path: ['EXPORT_LINK_SECRET'], message: 'must differ from TOKEN_PEPPER' });
    }
    const oidcSet = [c.OIDC_ISSUER_URL, c.OIDC_CLIENT_ID, c.OIDC_CLIENT_SECRET].filter((v) => v !== undefined).length;
    if (oidcSet > 0 && oidcSet < 3) {
      for (const variable of ['OIDC_ISSUER_URL', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'] as const) {
        if (c[variable] === undefined) ctx.addIssue({ code: 'custom', path: [variable], message: 'must be set with the other OIDC_ variables (single sign-on needs all three)' });
      }
    }
    if (c.NODE_ENV === 'production' && c.OIDC_ISSUER_URL?.startsWith('http:')) {
      ctx.addIssue({ code: 'custom', path: ['OIDC_ISSUER_URL'], message: 'must be https in production' });
    }
    if (c.OIDC_TRUST_UNVERIFIED_EMAIL && c.OIDC_ISSUER_URL && isMultiTenantEntraIssuer(c.OIDC_ISSUER_URL)) {
      ctx.addIssue({ code: 'custom', path: ['OIDC_TRUST_UNVERIFIED_EMAIL'], message: 'is refused with a multi-tenant Entra ID issuer (common, organizations, consumers): anyone could claim any address; use https://login.microsoftonline.com/<tenant-id>/v2.0' });
    }
    if (c.LOCAL_PASSWORDS === 'break-glass' && oidcSet < 3) {
      ctx.addIssue({ code: 'custom', path: ['LOCAL_PASSWORDS'], message: 'break-glass needs single sign-on configured (OIDC_ISSUER_URL, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET)' });
    }
    if (c.NODE_ENV === 'production' && c.DEMO_SEED) {
      ctx.addIssue({ code: 'custom', path: ['DEMO_SEED'], message: 'demo data is refused in production' });
    }
  });

export type AppConfig = z.infer<typeof configSchema>;

/** Single sign-on is on only when the issuer, client id and secret are all configured. */
export function oidcConfigured(c: AppConfig): c is AppConfig & { OIDC_ISSUER_URL: string; OIDC_CLIENT_ID: string; OIDC_CLIENT_SECRET: string } {
  return c.OIDC_ISSUER_URL !== undefined && c.OIDC_CLIENT_ID !== undefined && c.OIDC_CLIENT_SECRET !== undefined;
}

/** Where the identity provider sends the browser back. */
export function oidcRedirectUrl(c: AppConfig): string {
  return c.OIDC_REDIRECT_URL ?? `${c.PUBLIC_URL.replace(/\/+$/, '')}/api/auth/oidc/callback`;
}

/** Entra ID's shared endpoints accept accounts from any tenant, whose addresses Navdesk cannot trust unverified. */
function isMultiTenantEntraIssuer(issuer: string): boolean {
  const { hostname, pathname } = new URL(issuer);
  const tenant = pathname.split('/').filter((p) => p.length > 0)[0]?.toLowerCase();
  return /(^|\.)microsoftonline\.(com|us|cn)$/.test(hostname.toLowerCase()) && (tenant === 'common' || tenant === 'organizations' || tenant === 'consumers');
}

function sameUser(a: string, b: string): boolean {
  return decodeURIComponent(new URL(a).username) === decodeURIComponent(new URL(b).username);
}
