import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [react()],
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
  },
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  test: {
    css: false,
    restoreMocks: true,
    testTimeout: 15_000,
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
      // The HTTP contract (test/contract) against each back end; CONTRACT_BACKEND picks it.
      {
        extends: true,
        test: {
          name: 'contract-mock',
          // jsdom for the mock-only tests (localStorage, navigator, the app's relative URLs).
          environment: 'jsdom',
          setupFiles: ['./test/contract/setup.ts'],
          include: ['test/contract/**/*.test.ts'],
          env: { CONTRACT_BACKEND: 'mock' },
        },
      },
      {
        extends: true,
        test: {
          name: 'contract-pglite',
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
          globalSetup: ['./test/contract/global-setup/pglite.ts'],
          include: ['test/server/**/*.test.ts'],
        },
      },
    ],
  },
})
