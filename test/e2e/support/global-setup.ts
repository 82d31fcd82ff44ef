/**
 * Starts `vite preview` on a free port against the already-built dist/ for the browser tests and
 * stops it afterwards. It builds nothing: run `npm run build` (or `npx vite build`) first.
 * Set E2E_BASE_URL to test a server that is already running instead (e.g. `npm run dev`).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the app under test, without a trailing slash, e.g. http://127.0.0.1:41234 */
    baseUrl: string
  }
}

const root = path.resolve(import.meta.dirname, '../../..')
const dist = path.join(root, 'dist')
const STARTUP_TIMEOUT_MS = 30_000

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

function newestMtime(dir: string): number {
  if (!fs.existsSync(dir)) return 0
  let newest = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs)
  }
  return newest
}

function checkDist(): void {
  const indexHtml = path.join(dist, 'index.html')
  if (!fs.existsSync(indexHtml)) {
    throw new Error('dist/index.html is missing: run `npm run build` before `npm run test:e2e`.')
  }
  const built = fs.statSync(indexHtml).mtimeMs
  const sources = Math.max(
    ...['src', 'mocks', 'public'].map((dir) => newestMtime(path.join(root, dir))),
    fs.statSync(path.join(root, 'index.html')).mtimeMs,
  )
  if (sources > built) {
    console.warn('[e2e] dist/ is older than the sources: the tests run the last build.')
  }
}

async function waitUntilServing(url: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`vite preview exited with code ${child.exitCode}:\n${output()}`)
    }
    try {
      const response = await fetch(url)
      if (response.ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(
    `vite preview did not answer on ${url} within ${STARTUP_TIMEOUT_MS} ms:\n${output()}`,
  )
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000)
    child.once('exit', () => {
      clearTimeout(force)
      resolve()
    })
    child.kill('SIGTERM')
  })
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.E2E_BASE_URL?.trim().replace(/\/+$/, '')
  if (external) {
    project.provide('baseUrl', external)
    return () => Promise.resolve()
  }

  checkDist()
  const port = await freePort()
  const baseUrl = `http://127.0.0.1:${port}`
  // Vite's own script, not the npx/.bin wrapper: killing a wrapper would leave Vite on the port.
  const child = spawn(
    process.execPath,
    [
      path.join(root, 'node_modules/vite/bin/vite.js'),
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } },
  )
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))

  try {
    await waitUntilServing(baseUrl, child, () => output)
  } catch (error) {
    await stop(child)
    throw error
  }
  console.log(`[e2e] vite preview of dist/ on ${baseUrl}`)
  project.provide('baseUrl', baseUrl)
  return () => stop(child)
}
