import { cpSync } from 'node:fs'
import { defineConfig } from 'vite'

// The server as one ES module for Node (`node dist-server/main.js`): our TypeScript bundled,
// every package left in node_modules, and the SQL migrations copied beside it.
export default defineConfig({
  publicDir: false,
  build: {
    ssr: 'server/main.ts',
    outDir: 'dist-server',
    target: 'node20',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: { output: { entryFileNames: 'main.js' } },
  },
  plugins: [
    {
      name: 'copy-migrations',
      closeBundle() {
        cpSync('server/db/migrations', 'dist-server/migrations', { recursive: true })
      },
    },
  ],
})
