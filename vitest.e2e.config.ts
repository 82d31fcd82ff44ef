import { defineConfig } from 'vitest/config'

// Browser tests: real Chromium (playwright-core) against two back ends that the global setup
// starts: `vite preview` of the demo build (dist-demo/, mock API) and the real server
// (dist-server/main.js serving dist/). Run `npm run build && npm run build:demo` first;
// `npm run test:e2e` builds nothing.

/**
 * How many files run at once (E2E_WORKERS, default 2; 1 with E2E_SERVER_URL). One at a time left
 * the two cores partly idle while pages and servers answered: two took the run from 676 s to
 * 496 s here, three gained nothing more (506 s, the cores then 95 % busy). Each worker has its own
 * Chromium and its own real server with its own database (global setup).
 */
const WORKERS = process.env.E2E_SERVER_URL?.trim()
  ? // A server started elsewhere is one database for every worker: one file at a time then.
    1
  : Math.max(1, Number.parseInt(process.env.E2E_WORKERS ?? '', 10) || 2)

/**
 * Files whose assertions are timings of the page's own main thread: another browser working
 * beside them would stretch those tasks, so they run on their own, after the rest.
 */
const TIMED_ALONE = ['test/e2e/paste-megabyte.e2e.ts']

export default defineConfig({
  test: {
    environment: 'node',
    setupFiles: ['./test/e2e/support/setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The server finishes its requests and closes its database before it exits.
    teardownTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'e2e',
          // In each project, not above them: the root would start a set of servers of its own.
          globalSetup: ['./test/e2e/support/global-setup.ts'],
          include: ['test/e2e/**/*.e2e.ts'],
          exclude: TIMED_ALONE,
          maxWorkers: WORKERS,
          fileParallelism: WORKERS > 1,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e-alone',
          globalSetup: ['./test/e2e/support/global-setup.ts'],
          include: TIMED_ALONE,
          maxWorkers: 1,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
})
