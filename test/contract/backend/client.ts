import type { PersonaId } from '../../../src/lib/backend/seed/personas'

/** Where every contract request is addressed; the server and the mock answer under any origin. */
export const BASE = 'http://localhost:3000/api/v1'

export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT'

export interface CallOptions {
  body?: unknown
  /** Sent as it is, instead of JSON.stringify(body). */
  rawBody?: string
  headers?: Record<string, string>
}

export interface Reply {
  status: number
  headers: Headers
  /** Parsed JSON, the text itself if it is not JSON, or undefined when empty. */
  body: unknown
  /** The body as sent (text decoding drops a byte order mark; these keep it). */
  bytes: Uint8Array
}

/** One user agent with its own session: what a browser tab is to the API. */
export interface Client {
  call(method: Method, path: string, options?: CallOptions): Promise<Reply>
  /** Signs in through POST /session (or out through DELETE /session); throws if refused. */
  signInAs(personaId: PersonaId | null): Promise<void>
}

export type Transport = (request: Request) => Promise<Response>

/**
 * The mock holds one session for everyone (the store's signed-in user), where a server ties a
 * session to a cookie. Clients of the mock share this record so that each can act as if it had
 * its own session: before a client's request, the one it last signed in as is signed in again.
 */
export interface SharedSession {
  holder: ContractClient | null
  ready: Promise<void>
  clients: Set<ContractClient>
}

export function sharedSession(): SharedSession {
  return { holder: null, ready: Promise.resolve(), clients: new Set() }
}

export class ContractClient implements Client {
  readonly #transport: Transport
  readonly #shared: SharedSession | undefined
  readonly #clock: () => Date
  readonly #cookies = new Map<string, string>()
  /** Who the shared mock session should be while this client is calling. */
  #persona: string | null = null
  #inFlight = 0
  readonly name: string

  constructor(options: {
    name: string
    transport: Transport
    /** The back end's clock, to expire cookies as it means them to expire. */
    clock: () => Date
    shared?: SharedSession
  }) {
    this.name = options.name
    this.#transport = options.transport
    this.#clock = options.clock
    this.#shared = options.shared
    this.#shared?.clients.add(this)
  }

  async call(method: Method, path: string, options: CallOptions = {}): Promise<Reply> {
    // Counted from the start, so another client cannot take the mock's session meanwhile.
    this.#inFlight += 1
    let response: Response
    try {
      if (this.#shared) await this.#takeSharedSession(this.#shared)
      response = await this.#transport(this.#request(method, path, options))
    } finally {
      this.#inFlight -= 1
    }
    this.#keepCookies(response.headers)
    const bytes = new Uint8Array(await response.arrayBuffer())
    const text = new TextDecoder().decode(bytes)
    const reply: Reply = {
      status: response.status,
      headers: response.headers,
      body: bodyOf(text),
      bytes,
    }
    this.#followSession(method, path, reply)
    return reply
  }

  async signInAs(personaId: PersonaId | null): Promise<void> {
    const reply =
      personaId === null
        ? await this.call('DELETE', '/session')
        : await this.call('POST', '/session', { body: { personaId } })
    const expected = personaId === null ? 204 : 200
    if (reply.status !== expected) {
      throw new Error(
        `${this.name}: signing in as ${String(personaId)} answered ${reply.status} ${JSON.stringify(reply.body)}`,
      )
    }
  }

  #request(method: Method, path: string, options: CallOptions): Request {
    const text =
      options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body))
    const headers = new Headers({
      Accept: 'application/json',
      ...(text === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...options.headers,
    })
    // What any HTTP client puts on the wire with a body; an in-process Request has none, and a
    // server may judge "is there a body" by it (HTTP/1.1 does).
    if (text !== undefined && !headers.has('Content-Length')) {
      headers.set('Content-Length', String(new TextEncoder().encode(text).byteLength))
    }
    if (this.#cookies.size > 0) {
      headers.set(
        'Cookie',
        [...this.#cookies].map(([name, value]) => `${name}=${value}`).join('; '),
      )
    }
    return new Request(`${BASE}${path}`, { method, headers, body: text ?? null })
  }

  /** A minimal cookie jar: one origin and path, so only the name, value and expiry matter. */
  #keepCookies(headers: Headers): void {
    for (const line of headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';')
      const equals = pair.indexOf('=')
      if (equals < 1) continue
      const name = pair.slice(0, equals).trim()
      const value = pair.slice(equals + 1).trim()
      if (isExpired(attributes, this.#clock())) this.#cookies.delete(name)
      else this.#cookies.set(name, value)
    }
  }

  #followSession(method: Method, path: string, reply: Reply): void {
    if (!this.#shared) return
    if (method === 'POST' && path === '/session' && reply.status === 200) {
      const id = isRecord(reply.body) ? reply.body.id : undefined
      this.#persona = typeof id === 'string' ? id : null
    } else if (method === 'DELETE' && path === '/session' && reply.status === 204) {
      this.#persona = null
    } else if (method === 'POST' && path === '/demo/reset' && reply.status === 204) {
      this.#persona = null
    }
  }

  async #takeSharedSession(shared: SharedSession): Promise<void> {
    if (shared.holder !== this) {
      // Switching while another client waits for answers would change its user mid-request.
      const busy = [...shared.clients].find((c) => c !== this && c.#inFlight > 0)
      if (busy) {
        throw new Error(
          `The mock has one session for everyone: ${this.name} cannot call while ${busy.name} is waiting for answers. Await one client's requests before another's.`,
        )
      }
      shared.holder = this
      shared.ready = this.#restoreSession(shared.ready)
    }
    await shared.ready
  }

  async #restoreSession(previous: Promise<void>): Promise<void> {
    await previous
    const persona = this.#persona
    const request =
      persona === null
        ? this.#request('DELETE', '/session', {})
        : this.#request('POST', '/session', { body: { personaId: persona } })
    const response = await this.#transport(request)
    await response.text()
    if (!response.ok) {
      throw new Error(`${this.name}: could not restore its mock session (${response.status})`)
    }
  }
}

function isExpired(attributes: string[], now: Date): boolean {
  for (const attribute of attributes) {
    const [rawKey = '', ...rest] = attribute.split('=')
    const key = rawKey.trim().toLowerCase()
    const value = rest.join('=').trim()
    if (key === 'max-age' && Number(value) <= 0) return true
    if (key === 'expires' && Date.parse(value) <= now.getTime()) return true
  }
  return false
}

function bodyOf(text: string): unknown {
  if (text === '') return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    // Kept as text so an assertion shows what came back instead of a JSON syntax error.
    return text
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
