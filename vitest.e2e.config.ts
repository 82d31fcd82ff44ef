import { defineConfig } from 'vitest/config'

// Browser tests: real Chromium (playwright-core) against two back ends that the global setup
// starts: `vite preview` of the demo build (dist-demo/, mock API) and the real server
// (dist-server/main.js serving dist/). Run `npm run build && npm run build:demo` first;
// `npm run test:e2e` builds nothing.
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['./test/e2e/support/global-setup.ts'],
    setupFiles: ['./test/e2e/support/setup.ts'],
    // One browser at a time: the machines have 2 cores and each file launches Chromium.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The server finishes its requests and closes its database before it exits.
    teardownTimeout: 30_000,
  },
})
