import { readFileSync } from 'node:fs';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Process boundaries are lint rules (as Signal Desktop does): shared code is pure, the renderer
 * never reaches into main, and only the Electron glue may import electron.
 */
const focusedTests = { selector: "CallExpression[callee.property.name='only']", message: 'No focused tests.' };

/**
 * SQL only in *-repository.ts / *-queries.ts (test/unit/layering/sql-placement.test.ts checks
 * literals too); the store plumbing and the files not yet moved are named in one allowlist.
 */
const sqlPlacement = JSON.parse(readFileSync(new URL('./test/unit/layering/sql-placement-allowlist.json', import.meta.url), 'utf8'));
const sqlOutsideRepositories = 'SQL lives only in *-repository.ts / *-queries.ts: move this statement into the area’s repository.';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'worker_threads', 'stream'];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.tsbuild/**',
      'test/layering-fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Rules that need types: a promise nobody awaits or catches, or one handed where a plain
    // callback is expected (an event handler returning a promise), loses its error silently.
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  {
    files: ['src/renderer/**/*.tsx', 'src/renderer/**/*.ts', 'src/central/web/**/*.tsx', 'src/central/web/**/*.ts', 'src/web-ui/**/*.tsx'],
    // Screens read the back end through TanStack Query (src/renderer/data), so no effect needs to
    // set state before a fetch: react-hooks/set-state-in-effect is on, as recommended.
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', focusedTests],
    },
  },
  {
    files: ['src/main/**/*.ts', 'src/central/**/*.ts'],
    ignores: [
      '**/*-repository.ts',
      '**/*-queries.ts',
      '**/migrations/**',
      ...sqlPlacement.storePlumbing,
      ...Object.keys(sqlPlacement.files),
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        focusedTests,
        { selector: 'CallExpression[callee.property.name=/^(prepare|pragma)$/]', message: sqlOutsideRepositories },
        {
          selector: 'CallExpression[callee.property.name=/^(exec|query)$/][callee.object.name=/^(db|tx|sql|client|pool|database)$/]',
          message: sqlOutsideRepositories,
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeBuiltins, message: 'src/shared is pure domain code: no Node modules.' },
            {
              group: ['electron', 'react', 'react-dom', 'antd', 'better-sqlite3', 'pino'],
              message: 'src/shared imports no platform library.',
            },
            { group: ['**/main/**', '**/renderer/**', '**/central/**'], message: 'src/shared depends on nothing else in src.' },
          ],
        },
      ],
    },
  },
  {
    // Shared by both web apps: the browser and its libraries only.
    files: ['src/web-ui/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/main/**', '**/central/**', '**/renderer/**', '**/shared/**'],
              message: 'src/web-ui is plain UI for both web apps.',
            },
            { group: [...nodeBuiltins, 'electron', 'better-sqlite3'], message: 'src/web-ui runs in the browser.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/main/**', '**/central/**'], message: 'The renderer talks to the back end only through the contract.' },
            { group: [...nodeBuiltins, 'electron', 'better-sqlite3'], message: 'The renderer runs sandboxed: no Node or Electron.' },
          ],
        },
      ],
    },
  },
  {
    // The desk's back end and the centre share only src/shared (tsconfig references say so too).
    files: ['src/central/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/main/**'], message: 'src/central and src/main share only src/shared.' },
            { group: ['electron'], message: 'The centre is a server: no Electron.' },
            { group: ['**/renderer/**'], message: 'The back end does not import the renderer.' },
          ],
        },
      ],
    },
  },
  {
    // The centre's web app runs in the browser: it reaches the centre only through the contract's routes.
    files: ['src/central/web/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/main/**', '**/renderer/**'], message: 'The centre web app imports only src/shared and the centre contract.' },
            {
              group: ['../**/http/**', '../**/db/**', '../**/sync/**', '../**/publish/**'],
              message: 'The centre web app calls the centre through src/central/contract only.',
            },
            {
              group: [...nodeBuiltins, 'electron', 'better-sqlite3', 'pg', '@electric-sql/*', 'hono', 'hono/*'],
              message: 'The centre web app runs in the browser.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/main/**'],
    ignores: ['src/main/electron/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron'], message: 'Only the Electron glue (src/main/electron) may import electron.' },
            { group: ['**/renderer/**'], message: 'The back end does not import the renderer.' },
            { group: ['**/central/**'], message: 'src/main and src/central share only src/shared.' },
          ],
        },
      ],
    },
  },
  {
    // The print templates are rendered both by the renderer's preview and by the back end
    // (react-dom/server): pure React over src/shared, nothing platform-specific.
    files: ['src/print-templates/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // An allow-list: react, the templates' own files, and src/shared. Nothing else.
              regex: '^(?!react$|react/jsx-runtime$|\\./|\\.\\./(?:parts|styles|PrintDocument)$|(?:\\.\\./)+shared/)',
              message: 'Print templates are pure React: they import only react and src/shared (no Node, Electron, antd or back end).',
            },
          ],
        },
      ],
    },
  },
);
