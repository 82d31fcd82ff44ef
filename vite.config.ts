import { rmSync } from 'node:fs'
import path from 'node:path'
import react from '@vitejs/plugin-react'
import { loadEnv, runnerImport, type Plugin } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { defineConfig } from 'vitest/config'

/** The demo API's service worker (public/), and MSW's worker, which it loads. */
const MOCK_WORKERS = ['demo-api-worker.js', 'mockServiceWorker.js']

/**
 * The mock workers serve development and the demo build. A build for a real API
 * (VITE_API_BASE_URL set, as in .env.production) never starts the mock, so it must not ship them.
 */
function withoutMockWorker(): Plugin {
  let outDir = ''
  let forRealApi = false
  return {
    name: 'without-mock-worker',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir)
      forRealApi = Boolean(config.env.VITE_API_BASE_URL)
    },
    closeBundle() {
      if (!forRealApi) return
      for (const worker of MOCK_WORKERS) rmSync(path.join(outDir, worker), { force: true })
    },
  }
}

type ContactsModule = typeof import('./src/lib/config/safeguarding-contacts')
type PhoneContact = ContactsModule['SAFEGUARDING_CONTACTS']['mash']

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)

/**
 * The static shell in index.html shows the footer's safeguarding numbers before the app starts.
 * They come from the one place a deployment corrects them, never written into the HTML by hand.
 * (Loaded through Vite rather than imported here: a config file importing the app's TypeScript
 * is what Vite's coming native config loader will not do.)
 */
function staticShellContacts(): Plugin {
  let root = process.cwd()
  return {
    name: 'static-shell-contacts',
    configResolved(config) {
      root = config.root
    },
    transformIndexHtml: {
      order: 'pre',
      async handler(html) {
        const { module } = await runnerImport<ContactsModule>(
          path.join(root, 'src/lib/config/safeguarding-contacts.ts'),
          { configFile: false, logLevel: 'silent' },
        )
        // The same markup as src/components/phone-link.tsx.
        const phoneLink = (contact: PhoneContact) =>
          `<a class="app-phone-link" href="${escapeHtml(module.telHref(contact))}">${escapeHtml(contact.display)}</a>`
        const { emergency, mash } = module.SAFEGUARDING_CONTACTS
        const values: Record<string, string> = {
          '%APP_SHELL_EMERGENCY%': phoneLink(emergency),
          '%APP_SHELL_MASH_NAME%': escapeHtml(mash.name),
          '%APP_SHELL_MASH%': phoneLink(mash),
        }
        return html.replace(/%APP_SHELL_[A-Z_]+%/g, (key) => values[key] ?? key)
      },
    },
  }
}

/**
 * The app's code after the static shell's first paint. The shell (HTML and CSS) is the whole first
 * screen; on a slow connection the app's scripts shared the bandwidth with the stylesheet it
 * waits for, and a tablet fetched them before it could paint anything. So the entry script and
 * the chunks Vite preloads beside it move into <template id="app-code"> (inert: nothing there is
 * fetched), and public/start-app.js, a few hundred bytes, puts them into the head and imports the
 * entry once the shell has been painted. Development keeps Vite's own index.html.
 */
function codeAfterFirstPaint(): Plugin {
  let base = '/'
  return {
    name: 'code-after-first-paint',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const links: string[] = []
        const withoutCode = html
          .replace(
            /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/g,
            (_tag, src: string) => {
              links.unshift(`<link rel="modulepreload" crossorigin href="${src}" data-entry>`)
              return ''
            },
          )
          .replace(/<link rel="modulepreload" crossorigin href="[^"]+">\s*/g, (tag) => {
            links.push(tag.trim())
            return ''
          })
        if (links.length === 0 || !links[0]?.includes('data-entry')) {
          throw new Error('code-after-first-paint: index.html has no entry script to move')
        }
        const code = `<template id="app-code">${links.join('')}</template>`
        const starter = `<script defer src="${base}start-app.js"></script>`
        return withoutCode.replace('</head>', `${code}\n    ${starter}\n  </head>`)
      },
    },
  }
}

/**
 * The first pages' code, named for the server to announce in the HTML (first-page-preloads.json:
 * each path with the files its page needs beyond the first bundle, and which paths anyone may
 * open: elsewhere, with no session, the app shows the sign-in page). Announced in the HTML, the
 * browser fetches them beside the first bundle instead of after it, and Vite's preload helper,
 * finding them there, adds no links of its own: each link it adds starts a fetch from script,
 * 50-70 ms of the first task on this machine's traces with DevTools attached (as under
 * Lighthouse). A path not listed here works as before: the helper preloads its page itself.
 * Keep in step with src/app/routes.tsx (test/e2e/static-shell.e2e.ts checks the pages it opens).
 */
const FIRST_PAGES: Record<string, string[]> = {
  '/sign-in': ['src/app/routes/sign-in.tsx'],
  '/': ['src/app/routes/board-overview.tsx'],
  '/overview': ['src/app/routes/board-overview.tsx'],
  '/objectives': ['src/app/routes/board-objectives.tsx'],
  '/risks': ['src/app/routes/board-risks.tsx'],
  '/concerns/new': ['src/app/routes/concerns-new.tsx'],
  '/concerns': ['src/app/routes/concerns-mine.tsx'],
  '/review': ['src/app/routes/review-queue.tsx'],
  '/about': ['src/app/routes/about.tsx'],
  '/accessibility': ['src/app/routes/accessibility.tsx'],
}
/** On every page: the banners above it (app-layout.tsx), and the schema the session is read with. */
const EVERY_PAGE = ['src/app/layout/banners.tsx', 'src/lib/api/schemas/session.ts']
/** Pages for a signed-in user only also ask for the outbox's key (outbox-key.ts). */
const SIGNED_IN = ['src/features/concerns/outbox/sealing.ts']
const PUBLIC_PAGES = new Set(['/sign-in', '/about', '/accessibility'])

function firstPagePreloads(): Plugin {
  let root = process.cwd()
  let base = '/'
  return {
    name: 'first-page-preloads',
    apply: 'build',
    configResolved(config) {
      root = config.root
      base = config.base
    },
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? [file] : []))
      const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]))
      const withImports = (files: string[], into = new Set<string>()): Set<string> => {
        for (const file of files) {
          if (into.has(file)) continue
          into.add(file)
          withImports(byFile.get(file)?.imports ?? [], into)
        }
        return into
      }
      // Whatever the first bundle loads already needs no announcing.
      const initial = withImports(chunks.filter((chunk) => chunk.isEntry).map((c) => c.fileName))
      const chunkOf = (module: string) => {
        const id = path.resolve(root, module)
        const chunk = chunks.find((one) => one.moduleIds.includes(id))
        if (!chunk) throw new Error(`first-page-preloads: no chunk holds ${module}`)
        return chunk.fileName
      }
      const preloads = Object.fromEntries(
        Object.entries(FIRST_PAGES).map(([page, modules]) => {
          const signedIn = PUBLIC_PAGES.has(page) ? [] : SIGNED_IN
          const files = withImports([...modules, ...EVERY_PAGE, ...signedIn].map(chunkOf))
          return [page, [...files].filter((file) => !initial.has(file)).map((f) => base + f)]
        }),
      )
      const manifest = { pages: preloads, public: [...PUBLIC_PAGES], signIn: '/sign-in' }
      this.emitFile({
        type: 'asset',
        fileName: 'first-page-preloads.json',
        source: JSON.stringify(manifest, null, 2),
      })
    },
  }
}

/**
 * The app's own service worker, for a build that talks to a real API only: in development and
 * the demo build the mock API's worker owns the scope, and two workers cannot share it.
 *
 * Workbox precaches the shell, every route's chunk, the CSS, the icons and the manifest, so the
 * app starts with no signal. API answers are personal and `no-store`: the worker never caches
 * them (no runtime caching at all), and navigations to the API or the health checks never fall
 * back to the app. A new version waits until the user chooses to reload (registerType 'prompt',
 * no skipWaiting), so nothing is swapped under a half-filled form. The app registers the worker
 * itself after the first render (src/app/pwa), and the manifest is public/manifest.webmanifest.
 */
function offlineShell(forRealApi: boolean) {
  return VitePWA({
    disable: !forRealApi,
    registerType: 'prompt',
    injectRegister: false,
    manifest: false,
    strategies: 'generateSW',
    filename: 'sw.js',
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
      // Screenshots are for the install dialog only; the mock workers never ship to production
      // (withoutMockWorker deletes them, possibly after the precache list is made). The
      // personal-data detector's in-page copy is for browsers without Web Workers; every tablet
      // runs the worker's copy (precached), so the second 124 KB is not fetched on first visit.
      globIgnores: ['screenshots/**', ...MOCK_WORKERS, 'assets/personal-data-*.js'],
      navigateFallback: 'index.html',
      navigateFallbackDenylist: [/^\/api\//, /^\/healthz$/, /^\/readyz$/],
      cleanupOutdatedCaches: true,
      inlineWorkboxRuntime: true,
      sourcemap: false,
    },
  })
}

/** Unit, integration and server test files at once (the contract projects set their own). */
const UNIT_WORKERS = 2

/** Contract files at once (see the contract projects below). */
const CONTRACT_WORKERS = 2

/**
 * How long a file's set-up may take to open its own database (a PGlite loaded from the migrated
 * dump, or a PostgreSQL database copied from the template) and start the server on it. Vitest's
 * 10 s was passed on a loaded 2-core machine (two CI runs side by side): the set-up, not a test,
 * failed three files.
 */
const DATABASE_HOOK_TIMEOUT_MS = 60_000

export default defineConfig(({ mode }) => ({
  plugins: [
    react(),
    staticShellContacts(),
    codeAfterFirstPaint(),
    firstPagePreloads(),
    withoutMockWorker(),
    offlineShell(Boolean(loadEnv(mode, process.cwd(), 'VITE_').VITE_API_BASE_URL)),
  ],
  css: {
    preprocessorOptions: {
      scss: {
        // govuk-frontend still uses a few Sass features newer Dart Sass warns about.
        quietDeps: true,
        silenceDeprecations: ['import', 'global-builtin'],
      },
    },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Everything the first screen needs in one file. Left alone, Rolldown split what the
          // entry shares with lazy pages into eight small chunks (React, TanStack Query, the API
          // client, …): nine requests where one will do, on a slow connection each costing a round
          // trip, and 3 KB more gzip than the same code in one file.
          groups: [{ name: 'start', tags: ['$initial'] }],
        },
      },
    },
  },
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  test: {
    css: false,
    restoreMocks: true,
    testTimeout: 15_000,
    // Vitest's default is one worker fewer than the cores: one, on these 2-core machines. Two
    // cut the unit and integration files' time by a quarter (80 s → 60 s for the review
    // features' 11 files): much of each file's time is jsdom and imports, not the tests.
    maxWorkers: UNIT_WORKERS,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          setupFiles: ['./test/setup.ts'],
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/contract/**', 'test/server/**', 'test/e2e/**', 'node_modules/**'],
        },
      },
      // The HTTP contract (test/contract) against each back end; CONTRACT_BACKEND picks it. They
      // run after the others, two files at a time even on two cores: much of their time is spent
      // waiting on a database, and every file has a back end of its own.
      {
        extends: true,
        test: {
          name: 'contract-mock',
          maxWorkers: CONTRACT_WORKERS,
          sequence: { groupOrder: 1 },
          // The mock-only tests that need a browser ask for jsdom themselves.
          environment: 'node',
          setupFiles: ['./test/contract/setup.ts'],
          include: ['test/contract/**/*.test.ts'],
          env: { CONTRACT_BACKEND: 'mock' },
        },
      },
      {
        extends: true,
        test: {
          name: 'contract-pglite',
          maxWorkers: CONTRACT_WORKERS,
          hookTimeout: DATABASE_HOOK_TIMEOUT_MS,
          sequence: { groupOrder: 1 },
          environment: 'node',
          globalSetup: ['./test/contract/global-setup/pglite.ts'],
          setupFiles: ['./test/contract/setup.ts'],
          include: ['test/contract/**/*.test.ts'],
          exclude: ['test/contract/mock-only/**'],
          env: { CONTRACT_BACKEND: 'pglite' },
        },
      },
      {
        extends: true,
        test: {
          name: 'contract-postgres',
          maxWorkers: CONTRACT_WORKERS,
          hookTimeout: DATABASE_HOOK_TIMEOUT_MS,
          sequence: { groupOrder: 1 },
          environment: 'node',
          globalSetup: ['./test/contract/global-setup/postgres.ts'],
          setupFiles: ['./test/contract/setup.ts'],
          include: ['test/contract/**/*.test.ts'],
          exclude: ['test/contract/mock-only/**'],
          env: { CONTRACT_BACKEND: 'postgres' },
        },
      },
      // The real server's own behaviour (security, sessions, limits, static files, processes).
      {
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          hookTimeout: DATABASE_HOOK_TIMEOUT_MS,
          globalSetup: ['./test/contract/global-setup/pglite.ts'],
          include: ['test/server/**/*.test.ts'],
        },
      },
    ],
  },
}))
