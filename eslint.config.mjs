import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';

// Code that must stay deterministic (workflows) or pure (the domain) may not reach for I/O.
const ioModules = [
  ...builtinModules,
  'pg',
  'typeorm',
  '@temporalio/client',
  '@temporalio/worker',
  '@temporalio/activity',
  '@budgetflow/persistence',
];
const ioPatterns = ['node:*', '@nestjs/*'];
const restrict = (paths, patterns, message) => [
  'error',
  { paths: paths.map((name) => ({ name, message })), patterns: [{ group: patterns, message }] },
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules',
      '**/dist',
      '**/coverage',
      '.tools',
      '.data',
      '.nx',
      '**/*.js',
      '**/*.mjs',
      '**/*.cjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx },
    languageOptions: {
      // Two programs for the whole tree, the server side's and the web app's: a program per
      // project (the projects' own tsconfig.json files) held the graph once each, gigabytes.
      parserOptions: {
        project: ['./tsconfig.json', './apps/web/tsconfig.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          // The browser tests (apps/web-e2e) start the system and its demo as the scripts do.
          allow: ['^(\\.\\./)+scripts/(support|demo)/'],
          depConstraints: [
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'] },
            { sourceTag: 'type:persistence', onlyDependOnLibsWithTags: ['type:domain'] },
            {
              // Its integration tests use the shared test servers and local-stack's freePort.
              sourceTag: 'type:notifications',
              onlyDependOnLibsWithTags: [
                'type:domain',
                'type:persistence',
                'type:testing',
                'type:tooling',
              ],
            },
            { sourceTag: 'type:workflows', onlyDependOnLibsWithTags: ['type:domain'] },
            // Logs, request ids and tracing: the request id's header is the workflows' own.
            {
              sourceTag: 'type:observability',
              onlyDependOnLibsWithTags: ['type:workflows', 'type:domain'],
            },
            // OpenTelemetry through the Temporal interceptors, loaded only when switched on.
            { sourceTag: 'type:tracing', onlyDependOnLibsWithTags: [] },
            // Documents in and out: reading forms and minutes needs the domain's rules only.
            { sourceTag: 'type:documents', onlyDependOnLibsWithTags: ['type:domain'] },
            {
              // Rebuilding the read model is the worker's projection, started from the command line.
              sourceTag: 'type:cli',
              onlyDependOnLibsWithTags: ['type:documents', 'type:domain', 'type:app'],
            },
            // The browser app shares the domain's rules and formats, and nothing server-side.
            { sourceTag: 'type:web', onlyDependOnLibsWithTags: ['type:domain'] },
            { sourceTag: 'type:tooling', onlyDependOnLibsWithTags: [] },
            {
              sourceTag: 'type:testing',
              onlyDependOnLibsWithTags: [
                'type:tooling',
                'type:persistence',
                'type:workflows',
                'type:domain',
              ],
            },
            {
              // The browser tests start the system as scripts/ do, on the jest run's servers.
              sourceTag: 'type:e2e',
              onlyDependOnLibsWithTags: ['type:tooling', 'type:testing'],
            },
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: [
                'type:domain',
                'type:persistence',
                'type:workflows',
                'type:notifications',
                'type:observability',
                'type:tracing',
                'type:documents',
                'type:testing',
                'type:app',
              ],
            },
          ],
        },
      ],
    },
  },
  {
    files: ['workflows/src/**/*.ts'],
    ignores: ['**/*.spec.ts', 'workflows/src/index.ts'],
    rules: {
      'no-restricted-imports': restrict(
        ioModules,
        ioPatterns,
        'Workflow code must be deterministic: no I/O.',
      ),
    },
  },
  {
    // The API wires notifications into NestJS; the library stays usable from the worker too.
    files: ['libs/notifications/src/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [],
        ['@nestjs/*', '@budgetflow/testing', '@budgetflow/local-stack'],
        'libs/notifications is framework-free and takes no test or tooling code.',
      ),
    },
  },
  {
    files: ['libs/domain/src/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': restrict(
        ioModules,
        [...ioPatterns, '@temporalio/*'],
        'The domain is pure: no I/O, no framework.',
      ),
    },
  },
  {
    // The web app: React's rules of hooks, and accessibility checked as it is written.
    files: ['apps/web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.configs.strict.rules,
      'no-restricted-imports': restrict(
        ioModules,
        [...ioPatterns, '@temporalio/*'],
        'The web app runs in the browser: it talks to the API, never to servers directly.',
      ),
    },
  },
  prettier,
);
