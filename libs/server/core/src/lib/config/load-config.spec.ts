import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_VARIABLES, ConfigError, loadConfig } from './load-config';

describe('loadConfig', () => {
  it('works with no environment at all, pointing at local Postgres and Redis', () => {
    const config = loadConfig({});
    expect(config.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/navdesk');
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
    expect(() => loadConfig({ NODE_ENV: 'production', TOKEN_PEPPER: 'x'.repeat(40), DEMO_SEED: 'true' })).toThrow(/DEMO_SEED/);
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
