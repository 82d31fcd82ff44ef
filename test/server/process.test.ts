/*
 * The server as a process on an embedded data folder: killed mid-write it loses no acknowledged
 * concern and stores none twice; a second server on the same folder refuses to start; SIGTERM
 * stops it cleanly and frees the folder.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import http from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ContractClient } from '../contract/backend/client'
import { freePort } from '../tools/free-port'
import { concernBody } from './harness'

const root = path.resolve(import.meta.dirname, '../..')
const folder = mkdtempSync(path.join(tmpdir(), 'ee-process-'))
const dataDir = path.join(folder, 'data', 'pglite')
const children = new Set<ChildProcess>()

afterAll(() => {
  for (const child of children) child.kill('SIGKILL')
  rmSync(folder, { recursive: true, force: true })
})

interface Running {
  child: ChildProcess
  output: () => string
  exited: Promise<number | null>
}

function startServer(port: number): Running {
  // node itself runs the server (tsx as a loader), so the pid is the server's: kill -9 hits it.
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DEMO_SIGN_IN: 'true',
      STATIC_DIR: '',
      RATE_LIMIT_CONCERNS_PER_MINUTE: '100000',
      RATE_LIMIT_SIGN_INS_PER_MINUTE: '100000',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  children.add(child)
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  void exited.then(() => children.delete(child))
  return { child, output: () => output, exited }
}

async function waitUntilReady(port: number, running: Running): Promise<void> {
  const deadline = Date.now() + 45_000
  while (Date.now() < deadline) {
    if (running.child.exitCode !== null) throw new Error(`server exited:\n${running.output()}`)
    try {
      if ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`server not ready:\n${running.output()}`)
}

/** A DELETE as browsers send it: no Content-Length, no Transfer-Encoding. */
function bodilessDelete(port: number, apiPath: string): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, path: apiPath, method: 'DELETE' })
    request.on('response', (response) => {
      response.resume()
      resolve(response.statusCode)
    })
    request.on('error', reject)
    request.end()
  })
}

const clientFor = (port: number, name: string) =>
  new ContractClient({
    name,
    clock: () => new Date(),
    transport: (request) => {
      const url = new URL(request.url)
      return fetch(`http://127.0.0.1:${port}${url.pathname}${url.search}`, {
        method: request.method,
        headers: request.headers,
        body: request.method === 'GET' ? undefined : request.body,
        duplex: 'half',
      } as RequestInit)
    },
  })

describe('the server process on an embedded database', () => {
  it('refuses a second server on the same data folder', async () => {
    const port = await freePort()
    const first = startServer(port)
    await waitUntilReady(port, first)
    try {
      const second = startServer(await freePort())
      expect(await second.exited).toBe(1)
      expect(second.output()).toMatch(/is in use by another server \(process \d+\)/)
      // The first is untouched.
      expect((await fetch(`http://127.0.0.1:${port}/readyz`)).ok).toBe(true)
      // A browser's sign-out is a DELETE with no Content-Length: it has no body to refuse.
      expect(await bodilessDelete(port, '/api/v1/session')).toBe(204)
    } finally {
      first.child.kill('SIGTERM')
      expect(await first.exited).toBe(0)
    }
    expect(existsSync(`${dataDir}.lock`)).toBe(false)
  }, 90_000)

  it('killed with SIGKILL mid-send: after restart every acknowledged concern is there, none twice', async () => {
    const port = await freePort()
    let server = startServer(port)
    await waitUntilReady(port, server)

    const councillors = ['cllr-banbury', 'cllr-oxford', 'cllr-didcot'] as const
    const clients = councillors.map((id) => clientFor(port, id))
    await Promise.all(clients.map((client, i) => client.signInAs(councillors[i] ?? null)))

    const run = `kill-test-${Date.now()}`
    const acknowledged = new Set<string>()
    let killed = false
    // Each councillor sends 12 concerns one after another, retrying each under its own key until
    // it is acknowledged, as the app does; the server is killed while they are at it.
    const send = async (client: ContractClient, who: number) => {
      for (let n = 0; n < 12; n += 1) {
        const key = `${run}-${who}-${n}`
        const body = concernBody({
          title: `${run} ${who} ${n}`,
          divisionId: ['banbury-calthorpe', 'jericho-and-osney', 'didcot-ladygrove'][who],
        })
        for (;;) {
          try {
            const reply = await client.call('POST', '/concerns', {
              body,
              headers: { 'Idempotency-Key': key },
            })
            if (reply.status === 201) {
              acknowledged.add(key)
              break
            }
            if (reply.status !== 401) throw new Error(`unexpected ${reply.status}`)
          } catch (error) {
            if (error instanceof Error && error.message.startsWith('unexpected')) throw error
          }
          await new Promise((resolve) => setTimeout(resolve, 50))
        }
        if (!killed && acknowledged.size >= 10) {
          killed = true
          server.child.kill('SIGKILL')
          await server.exited
          server = startServer(port)
          void waitUntilReady(port, server).catch(() => {})
        }
      }
    }
    await Promise.all(clients.map((client, who) => send(client, who)))
    expect(killed).toBe(true)
    expect(acknowledged.size).toBe(36)

    const chair = clientFor(port, 'chair')
    await chair.signInAs('chair')
    const list = await chair.call('GET', `/concerns?q=${run}&pageSize=100`)
    const items = (list.body as { items: { title: string; reference: string }[] }).items
    expect(items).toHaveLength(36)
    expect(new Set(items.map((item) => item.title)).size).toBe(36)
    expect(new Set(items.map((item) => item.reference)).size).toBe(36)

    server.child.kill('SIGTERM')
    expect(await server.exited).toBe(0)
  }, 120_000)
})
