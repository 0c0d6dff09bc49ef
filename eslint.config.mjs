import nx from '@nx/eslint-plugin';
import { importX } from 'eslint-plugin-import-x';

// Framework and infrastructure packages that must never reach shared contracts or the browser.
const serverOnlyPackages = ['@nestjs/*', 'typeorm', 'bullmq', 'ioredis', 'pg', 'argon2', 'pino', 'nestjs-pino'];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/out-tsc', '**/test-output', '**/playwright-report'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
          depConstraints: [
            // Scopes: the browser and the server meet only in shared contracts.
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'], bannedExternalImports: [...serverOnlyPackages, '@angular/*', 'rxjs'] },
            { sourceTag: 'scope:server', onlyDependOnLibsWithTags: ['scope:server', 'scope:shared'], bannedExternalImports: ['@angular/*'] },
            // The console takes the contract's types, never its zod schemas: zod stays out of the browser bundle.
            { sourceTag: 'scope:console', onlyDependOnLibsWithTags: ['scope:console', 'scope:shared'], bannedExternalImports: [...serverOnlyPackages, 'zod', 'nestjs-zod'] },
            // Layers: apps compose; server domains (type:feature) never import each other,
            // they share through data-access libs; the database lib composes every domain's entities.
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:composition', 'type:feature', 'type:data-access', 'type:ui', 'type:util'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:util'] },
            // Composition libs are the one exception to "features do not import each other": they only
            // arrange what the domains export (server: database, runtime, demo; console: the patient
            // page in console/patients and the home page in console/home), with the console's ui.
            { sourceTag: 'type:composition', onlyDependOnLibsWithTags: ['type:composition', 'type:feature', 'type:data-access', 'type:ui', 'type:util'] },
            { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:data-access', 'type:ui', 'type:util'] },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:util'] },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
            // Domains: every lib names the domain that owns it (domain:tickets, domain:resets, …), or
            // domain:shared when none does (contracts, core, data-access and ui libs, compositions).
            // A domain's feature lib, server or console, reads only its own domain and shared libs.
            ...['identity', 'tickets', 'resets', 'tailoring', 'engagement', 'training', 'reports', 'admin'].map((domain) => ({
              allSourceTags: ['type:feature', `domain:${domain}`],
              onlyDependOnLibsWithTags: [`domain:${domain}`, 'domain:shared'],
            })),
          ],
        },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The contract's schemas are the server's (validation, OpenAPI): the console imports types from @navdesk/contracts.
    files: ['apps/console/**/*.ts', 'libs/console/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: '@navdesk/contracts/schemas', message: 'The console imports types from @navdesk/contracts; the zod schemas are the server’s.' }] }] },
  },
  {
    // Integration specs (and their helpers) compose the app as the apps do: a domain's spec boots the whole
    // api through @navdesk/server/runtime/testing and may use other domains' constants, so the layer rules
    // do not apply to them, only the scope rule. They stay out of the project graph (.nxignore): the libs
    // that compose the app import the lib under test, which is no cycle of the lib's own (apps excluded, so
    // an app's spec keeps relative imports of its app), and a spec may import its own lib by its alias.
    files: ['**/*.integration-spec.ts', '**/src/integration/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          allowCircularSelfDependency: true,
          ignoredCircularDependencies: [['!tag:type:app', '!tag:type:app']],
          depConstraints: [{ sourceTag: 'scope:server', onlyDependOnLibsWithTags: ['scope:server', 'scope:shared'], bannedExternalImports: ['@angular/*'] }],
        },
      ],
    },
  },
  {
    // STYLE.md: import order. Packages and Node built-ins, then our @navdesk/* libs, then relative paths,
    // each group alphabetical; blank lines between groups are left to the author. `eslint --fix` sorts.
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx', '**/*.mjs', '**/*.cjs'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/internal-regex': '^@navdesk/' },
    rules: {
      'import-x/order': [
        'error',
        {
          groups: [['builtin', 'external'], 'internal', ['parent', 'sibling', 'index']],
          'newlines-between': 'ignore',
          alphabetize: { order: 'asc', caseInsensitive: true },
        },
      ],
    },
  },
];
