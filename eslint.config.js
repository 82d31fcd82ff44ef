// ESLint flat config. Besides the usual recommended sets it enforces the import boundaries of the
// design: app → features → shared (lib, components); a feature never imports another feature;
// nothing in src/ imports mocks/ or test/, except src/main.tsx's guarded dynamic import of
// '../mocks/browser', which keeps the mock worker out of the first bundle.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import js from '@eslint/js'
import { defineConfig } from 'eslint/config'
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

const MOCKS_MESSAGE =
  'src/ never imports mocks/ or test/ (only src/main.tsx may dynamic-import ../mocks/browser).'

/**
 * One config block per area folder and depth. `belowSrc` is how many folders the area's own
 * folder sits below src/ (src/lib → 1, src/features/board → 2); `extra(toSrc)` adds the area's
 * own restrictions given how many '../' steps lead from a file back to src/.
 */
function boundaryBlocks(area, belowSrc, extra) {
  const blocks = []
  for (let depth = 0; depth <= MAX_DEPTH; depth += 1) {
    const toSrc = belowSrc + depth
    const patterns = [restrict(toSrc + 1, '(?:mocks|test)', MOCKS_MESSAGE), ...extra(toSrc)]
    blocks.push({
      name: `boundaries/${area}/depth-${depth}`,
      files: [`src/${area}/${'*/'.repeat(depth)}*.${TS}`],
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
    })
  }
  return blocks
}

const sharedRules = (toSrc) => [
  restrict(
    toSrc,
    '(?:app|features)',
    'src/lib and src/components never import src/app or src/features.',
  ),
]

const boundaries = [
  ...boundaryBlocks('lib', 1, sharedRules),
  ...boundaryBlocks('components', 1, sharedRules),
  ...boundaryBlocks('app', 1, () => []),
  ...featureNames.flatMap((feature) =>
    boundaryBlocks(`features/${feature}`, 2, (toSrc) => [
      restrict(toSrc, 'app', 'A feature never imports src/app (app → features, not back).'),
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

export default defineConfig(
  {
    name: 'ignores',
    ignores: [
      'dist/**',
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
    // MSW's documented way to answer early from a handler is to throw a Response.
    name: 'mocks',
    files: [`mocks/**/*.${TS}`],
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
    files: ['**/*.{js,mjs}', `mocks/**/*.${TS}`, `test/**/*.${TS}`, `*.config.${TS}`],
    languageOptions: { globals: { ...globals.node } },
  },
  ...boundaries,
)
