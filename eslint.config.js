// ESLint flat config. Besides the usual recommended sets it enforces the import boundaries of the
// design: app → features → domain → shared (lib, components); a feature never imports another
// feature; nothing in src/ imports mocks/ or test/, except src/main.tsx's guarded dynamic import
// of '../mocks/browser', which keeps the mock worker out of the first bundle. And no module imports
// itself round a cycle (import-x/no-cycle), in the app, the back ends or the tests' helpers.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import js from '@eslint/js'
import { defineConfig } from 'eslint/config'
import { createNodeResolver, importX } from 'eslint-plugin-import-x'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const root = path.dirname(fileURLToPath(import.meta.url))
const TS = '{ts,tsx}'

// How deep folders may nest below an area (deeper files are not boundary-checked). Boundaries are
// checked per depth so a relative specifier resolves exactly: '../../app' from src/lib/api/ is
// src/app.
const MAX_DEPTH = 8

const featureNames = fs.existsSync(path.join(root, 'src/features'))
  ? fs
      .readdirSync(path.join(root, 'src/features'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
  : []

/** `count` parent steps as a regex fragment ('./' for none, i.e. the file's own folder). */
const ups = (count) => (count === 0 ? '\\./' : `(?:\\.\\./){${count}}`)

/** A restriction on the specifier as written: `steps` parents up, then `rest`. */
const restrict = (steps, rest, message) => ({ regex: `^${ups(steps)}${rest}(?:/|$)`, message })

const SERVER_MESSAGE = 'src/ never imports server/: the app knows the server only through the API.'
const BACKEND_MESSAGE =
  'src/lib/backend (problems, list queries, seed content) is for the back ends (mocks/, server/) and tests, never the app.'

const MOCKS_MESSAGE =
  'src/ never imports mocks/ or test/ (only src/main.tsx may dynamic-import ../mocks/browser).'

/**
 * One config block per area folder and depth. `belowSrc` is how many folders the area's own
 * folder sits below src/ (src/lib → 1, src/features/board → 2); `extra(toSrc)` adds the area's
 * own restrictions given how many '../' steps lead from a file back to src/.
 */
function boundaryBlocks(area, belowSrc, extra) {
  return Array.from({ length: MAX_DEPTH + 1 }, (_, depth) => {
    const toSrc = belowSrc + depth
    return restrictionBlock(`boundaries/${area}/depth-${depth}`, `src/${area}/`, depth, [
      restrict(toSrc + 1, '(?:mocks|test)', MOCKS_MESSAGE),
      restrict(toSrc + 1, 'server', SERVER_MESSAGE),
      ...extra(toSrc),
    ])
  })
}

/** The files `depth` folders below `folder`, forbidden the specifiers `patterns` match. */
function restrictionBlock(name, folder, depth, patterns) {
  return {
    name,
    files: [`${folder}${'*/'.repeat(depth)}*.${TS}`],
    rules: {
      'no-restricted-imports': ['error', { patterns }],
      // no-restricted-imports does not look at import(); lazy imports obey the same rules.
      'no-restricted-syntax': [
        'error',
        ...patterns.map((pattern) => ({
          selector: `ImportExpression[source.value=/${pattern.regex.replaceAll('/', '\\x2F')}/]`,
          message: pattern.message,
        })),
      ],
    },
  }
}

const sharedRules = (toSrc) => [
  restrict(
    toSrc,
    '(?:app|features|domain)',
    'src/lib and src/components never import src/app, src/features or src/domain.',
  ),
]

/** From anywhere in the app (not src/lib itself), src/lib/backend is off limits. */
const noBackend = (toSrc) => [restrict(toSrc, 'lib/backend', BACKEND_MESSAGE)]

const boundaries = [
  ...boundaryBlocks('lib', 1, (toSrc) => [
    ...sharedRules(toSrc),
    // From src/lib/<folder>/…, toSrc - 1 steps lead to src/lib.
    restrict(toSrc - 1, 'backend', BACKEND_MESSAGE),
  ]),
  ...boundaryBlocks('components', 1, (toSrc) => [...sharedRules(toSrc), ...noBackend(toSrc)]),
  // The concern's vocabulary, under both features: it may use src/lib, nothing above it.
  ...boundaryBlocks('domain', 1, (toSrc) => [
    restrict(
      toSrc,
      '(?:app|features)',
      'src/domain never imports src/app or src/features: features → domain → lib.',
    ),
    ...noBackend(toSrc),
  ]),
  ...boundaryBlocks('app', 1, noBackend),
  ...featureNames.flatMap((feature) =>
    boundaryBlocks(`features/${feature}`, 2, (toSrc) => [
      restrict(toSrc, 'app', 'A feature never imports src/app (app → features, not back).'),
      ...noBackend(toSrc),
      {
        // From src/features/<feature>/…, toSrc - 1 steps lead to src/features.
        regex: `^${ups(toSrc - 1)}(?!${feature}(?:/|$))[^./]`,
        message: `A feature never imports another feature (this is ${feature}).`,
      },
      {
        regex: `^${ups(toSrc)}features/(?!${feature}(?:/|$))`,
        message: `A feature never imports another feature (this is ${feature}).`,
      },
    ]),
  ),
  ...[false, true].map((isMain) => ({
    name: isMain ? 'boundaries/src-main' : 'boundaries/src-root',
    files: isMain ? ['src/main.tsx'] : [`src/*.${TS}`],
    ...(isMain ? {} : { ignores: ['src/main.tsx'] }),
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [restrict(1, '(?:mocks|test)', MOCKS_MESSAGE)] },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: `ImportExpression[source.value=/^\\.\\.\\x2F(?:mocks|test)(?:\\x2F|$)/]${
            isMain ? ":not([source.value='../mocks/browser'])" : ''
          }`,
          message: MOCKS_MESSAGE,
        },
      ],
    },
  })),
]

const SERVER_ZONE_MESSAGE =
  'server/ imports only src/lib (the contract and what the back ends share) and src/domain (the words a concern is described in, e.g. in the CSV), never the app, mocks/ or test/.'

/** server/ at every depth: '../'.repeat(depth + 1) leads to the project root. */
const serverBoundaries = Array.from({ length: MAX_DEPTH + 1 }, (_, depth) =>
  restrictionBlock(`boundaries/server/depth-${depth}`, 'server/', depth, [
    restrict(depth + 1, '(?:mocks|test)', SERVER_ZONE_MESSAGE),
    restrict(depth + 1, 'src/(?:app|features|components)', SERVER_ZONE_MESSAGE),
  ]),
)

export default defineConfig(
  {
    name: 'ignores',
    ignores: [
      'dist/**',
      'dist-demo/**',
      'dist-server/**',
      'server/db/migrations/**',
      'node_modules/**',
      'coverage/**',
      'test-results/**',
      'public/mockServiceWorker.js',
    ],
  },
  js.configs.recommended,
  {
    name: 'typescript',
    files: [`**/*.${TS}`],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: root,
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      // React event props accept async handlers; a rejected promise there is still reported by
      // no-floating-promises inside the handler.
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
    },
  },
  {
    // The back ends answer early by throwing a Response (MSW's documented way; the server's error
    // handler returns a thrown Response as it is), so shared checks work in both.
    name: 'back ends',
    files: [`mocks/**/*.${TS}`, `src/lib/backend/**/*.${TS}`, `server/**/*.${TS}`],
    rules: {
      '@typescript-eslint/only-throw-error': [
        'error',
        {
          allow: [
            { from: 'lib', name: 'Response' },
            { from: 'package', package: 'msw', name: 'HttpResponse' },
          ],
        },
      ],
    },
  },
  {
    name: 'react',
    files: [`src/**/*.${TS}`, `test/**/*.${TS}`],
    extends: [reactHooks.configs.flat.recommended, jsxA11y.flatConfigs.recommended],
    languageOptions: { globals: globals.browser },
    rules: {
      // `role` on our own components (e.g. <RequireRole role="chair">) is not an ARIA role.
      'jsx-a11y/aria-role': ['error', { ignoreNonDOM: true }],
    },
  },
  {
    name: 'node',
    files: [
      '**/*.{js,mjs}',
      `mocks/**/*.${TS}`,
      `server/**/*.${TS}`,
      `test/**/*.${TS}`,
      `*.config.${TS}`,
    ],
    ignores: ['public/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    name: 'public scripts',
    files: ['public/start-app.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    name: 'service workers',
    files: ['public/*-worker.js'],
    languageOptions: { globals: { ...globals.serviceworker } },
  },
  {
    // A cycle is a layering mistake even inside one area (and makes module start-up order matter).
    // Type-only imports do not count: they vanish from the build.
    name: 'no-cycles',
    files: [`src/**/*.${TS}`, `server/**/*.${TS}`, `mocks/**/*.${TS}`, `test/**/*.${TS}`],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] }),
      ],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  ...boundaries,
  ...serverBoundaries,
)
