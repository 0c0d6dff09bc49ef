import type { Config } from 'jest';
import { readFileSync } from 'node:fs';
import { pathsToModuleNameMapper } from 'ts-jest';

// Node 24 loads this file itself, as an ES module (no __dirname); Node 20's Jest compiles it to CommonJS.
const root = typeof __dirname === 'string' ? __dirname : process.cwd();
const { compilerOptions } = JSON.parse(readFileSync(`${root}/tsconfig.base.json`, 'utf8')) as { compilerOptions: { paths: Record<string, string[]> } };

/**
 * Integration tests: `*.integration-spec.ts`, against real PostgreSQL and Redis (a fresh database and a
 * unique key prefix per file). Run in band: each file boots its own app.
 */
const config: Config = {
  displayName: 'integration',
  rootDir: '.',
  roots: ['<rootDir>/apps', '<rootDir>/libs'],
  testMatch: ['**/*.integration-spec.ts'],
  testEnvironment: 'node',
  transform: { '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.server-jest.json' }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
  // Each file boots an app and seeds the demo in beforeAll; a loaded machine needs room for it.
  testTimeout: 120_000,
};

export default config;
