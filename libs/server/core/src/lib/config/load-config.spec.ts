import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrationUrlOf, runtimeRoleOf } from '../database/database-roles';
import { DEV_EXPORT_LINK_SECRET, DEV_PROGRAMME_API_KEY, DEV_TOKEN_PEPPER } from './config.schema';
import { CONFIG_VARIABLES, ConfigError, loadConfig } from './load-config';

describe('loadConfig', () => {
  it('works with no environment at all, pointing at local Postgres and Redis', () => {
    const config = loadConfig({});
    expect(config.DATABASE_URL).toBe('postgres://navdesk_app@127.0.0.1:5432/navdesk');
    expect(migrationUrlOf(config)).toBe('postgres://navdesk_owner@127.0.0.1:5432/navdesk');
    expect(config.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(config.PORT).toBe(3000);
  });

  it('names the variable in one line when a value is bad', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(new ConfigError('PORT', 'must be a whole number'));
    expect(() => loadConfig({ REDIS_URL: 'localhost:6379' })).toThrow(/^Configuration error: REDIS_URL must be a URL/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
  });

  it('refuses the development pepper and demo data in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/TOKEN_PEPPER must be set/);
    expect(() => loadConfig({ NODE_ENV: 'production', TOKEN_PEPPER: 'x'.repeat(40), PROGRAMME_API_KEY: 'k'.repeat(40), EXPORT_LINK_SECRET: 'e'.repeat(40), DEMO_SEED: 'true' })).toThrow(/DEMO_SEED/);
  });

  describe('outside development and test', () => {
    const own = { NODE_ENV: 'production', TOKEN_PEPPER: 'p'.repeat(40), PROGRAMME_API_KEY: 'k'.repeat(40), EXPORT_LINK_SECRET: 'e'.repeat(40) };

    it('starts with secrets of its own', () => {
      const config = loadConfig(own);
      expect(config.EXPORT_LINK_SECRET).toBe('e'.repeat(40));
      expect(config.NODE_ENV).toBe('production');
    });

    it.each([
      ['TOKEN_PEPPER', DEV_TOKEN_PEPPER],
      ['PROGRAMME_API_KEY', DEV_PROGRAMME_API_KEY],
      ['EXPORT_LINK_SECRET', DEV_EXPORT_LINK_SECRET],
    ])('refuses the development %s, set or left to its default, in one line naming it', (variable, devValue) => {
      const line = `Configuration error: ${variable} must be set to a secret of your own in production (the development value is public)`;
      expect(() => loadConfig({ ...own, [variable]: devValue })).toThrow(new ConfigError(variable, 'must be set to a secret of your own in production (the development value is public)'));
      const withoutIt: Record<string, string> = { ...own };
      delete withoutIt[variable];
      expect(() => loadConfig(withoutIt)).toThrow(line);
    });

    it('refuses an export-link secret equal to the token pepper', () => {
      expect(() => loadConfig({ ...own, EXPORT_LINK_SECRET: own.TOKEN_PEPPER })).toThrow('Configuration error: EXPORT_LINK_SECRET must differ from TOKEN_PEPPER');
    });
  });

  it('accepts the development secrets in development and test', () => {
    for (const NODE_ENV of ['development', 'test']) {
      const config = loadConfig({ NODE_ENV });
      expect([config.TOKEN_PEPPER, config.PROGRAMME_API_KEY, config.EXPORT_LINK_SECRET]).toEqual([DEV_TOKEN_PEPPER, DEV_PROGRAMME_API_KEY, DEV_EXPORT_LINK_SECRET]);
    }
  });

  it('migrates as the owner role: DATABASE_MIGRATION_URL, or DATABASE_URL as navdesk_owner without its password', () => {
    const runtime = 'postgres://navdesk_app:app-secret@db.trust.nhs.uk:6432/navdesk_live';
    expect(migrationUrlOf(loadConfig({ DATABASE_URL: runtime }))).toBe('postgres://navdesk_owner@db.trust.nhs.uk:6432/navdesk_live');
    expect(migrationUrlOf(loadConfig({ DATABASE_URL: runtime, DATABASE_MIGRATION_URL: 'postgres://owner:s@db/navdesk_live' }))).toBe('postgres://owner:s@db/navdesk_live');
    expect(runtimeRoleOf(loadConfig({ DATABASE_URL: runtime }))).toBe('navdesk_app');
    expect(() => loadConfig({ DATABASE_MIGRATION_URL: 'mysql://x' })).toThrow(/^Configuration error: DATABASE_MIGRATION_URL must be a URL/);
  });

  it('refuses, in production, migrations as the same role the app runs as', () => {
    const secrets = { TOKEN_PEPPER: 'p'.repeat(40), PROGRAMME_API_KEY: 'k'.repeat(40), EXPORT_LINK_SECRET: 'e'.repeat(40) };
    const same = { NODE_ENV: 'production', ...secrets, DATABASE_URL: 'postgres://app:a@db/navdesk', DATABASE_MIGRATION_URL: 'postgres://app:a@db/navdesk' };
    expect(() => loadConfig(same)).toThrow(/^Configuration error: DATABASE_MIGRATION_URL must connect as the owner role/);
    expect(loadConfig({ ...same, DATABASE_MIGRATION_URL: 'postgres://owner:o@db/navdesk' }).DATABASE_MIGRATION_URL).toBe('postgres://owner:o@db/navdesk');
  });

  it('batches ticket intake for 2 ms or 100 tickets unless told otherwise, and names a bad setting', () => {
    expect(loadConfig({})).toMatchObject({ INTAKE_BATCH_WAIT_MS: 2, INTAKE_BATCH_MAX: 100 });
    expect(loadConfig({ INTAKE_BATCH_WAIT_MS: '0', INTAKE_BATCH_MAX: '1' })).toMatchObject({ INTAKE_BATCH_WAIT_MS: 0, INTAKE_BATCH_MAX: 1 });
    expect(() => loadConfig({ INTAKE_BATCH_MAX: '0' })).toThrow(/^Configuration error: INTAKE_BATCH_MAX must be at least 1/);
    expect(() => loadConfig({ INTAKE_BATCH_WAIT_MS: '5000' })).toThrow(/^Configuration error: INTAKE_BATCH_WAIT_MS must be at most 1000/);
  });

  it('leaves metrics closed without a token, refuses a short one, and gives the worker port 3001 unless told (0: any free port)', () => {
    expect(loadConfig({}).METRICS_TOKEN).toBeUndefined();
    expect(loadConfig({ METRICS_TOKEN: 'm'.repeat(16) }).METRICS_TOKEN).toBe('m'.repeat(16));
    expect(() => loadConfig({ METRICS_TOKEN: 'too-short' })).toThrow(new ConfigError('METRICS_TOKEN', 'must be at least 16 characters'));
    expect(loadConfig({}).WORKER_HTTP_PORT).toBe(3001);
    expect(loadConfig({ WORKER_HTTP_PORT: '0' }).WORKER_HTTP_PORT).toBe(0);
    expect(() => loadConfig({ WORKER_HTTP_PORT: '70000' })).toThrow(new ConfigError('WORKER_HTTP_PORT', 'must be at most 65535'));
  });

  it('treats blank values as unset', () => {
    expect(loadConfig({ PORT: ' ' }).PORT).toBe(3000);
  });

  it('is documented variable by variable in .env.example', () => {
    const example = readFileSync(join(__dirname, '../../../../../../.env.example'), 'utf8');
    const documented = [...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]);
    expect([...documented].sort()).toEqual([...CONFIG_VARIABLES].sort());
  });
});
