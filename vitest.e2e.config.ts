import { defineConfig } from 'vitest/config'

// Browser tests: real Chromium (playwright-core) against `vite preview` of the built dist/.
// Run `npm run build` first; `npm run test:e2e` does not build.
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
    teardownTimeout: 15_000,
  },
})
