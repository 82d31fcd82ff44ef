/**
 * The real server's API from the test process itself, with a session of its own: to check what
 * the server stored, independently of any browser. Not for doing the user's work (they use the
 * app); only for looking.
 */
import type { Page } from 'playwright-core'
import { baseUrl } from './browser'
import type { PersonaId } from './app'

export interface ApiAnswer {
  status: number
  body: unknown
}

export interface ApiSession {
  get(path: string): Promise<ApiAnswer>
}

/** Signs in as a demo persona on the real server (a session separate from every browser's). */
export async function apiSignIn(persona: PersonaId): Promise<ApiSession> {
  const origin = baseUrl('server')
  const response = await fetch(`${origin}/api/v1/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ personaId: persona }),
  })
  if (response.status !== 200) {
    throw new Error(
      `Signing in as ${persona} answered ${response.status}: ${await response.text()}`,
    )
  }
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0] ?? '')
    .filter((pair) => pair.includes('='))
    .join('; ')
  if (cookie === '') throw new Error(`Signing in as ${persona} set no session cookie.`)

  return {
    async get(path) {
      const answer = await fetch(`${origin}/api/v1${path}`, {
        headers: { Accept: 'application/json', Cookie: cookie },
      })
      const text = await answer.text()
      return { status: answer.status, body: text === '' ? null : (JSON.parse(text) as unknown) }
    },
  }
}

export interface ListedConcern {
  id: string
  reference: string
  title: string
  status: string
  unreadReplies: number
  author: { id: string; name: string; role: string }
}

/** GET /concerns?q=<text> as this session sees it: the total and the items on the first page. */
export async function searchConcerns(
  session: ApiSession,
  text: string,
): Promise<{ total: number; items: ListedConcern[] }> {
  const answer = await session.get(`/concerns?${new URLSearchParams({ q: text })}`)
  if (answer.status !== 200) {
    throw new Error(`GET /concerns?q=${text} answered ${answer.status}: ${JSON.stringify(answer)}`)
  }
  return answer.body as { total: number; items: ListedConcern[] }
}

/**
 * Calls the API from inside the page, with the page's own session, as the app would (the demo's
 * mock answers there too, which a call from the test process could not reach).
 */
export function callApi(
  page: Page,
  method: string,
  path: string,
  init: { body?: unknown; headers?: Record<string, string> } = {},
): Promise<ApiAnswer> {
  return page.evaluate(
    async ({ method, path, init }) => {
      const response = await fetch(`/api/v1${path}`, {
        method,
        headers: {
          Accept: 'application/json',
          ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...init.headers,
        },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        credentials: 'include',
      })
      const text = await response.text()
      return { status: response.status, body: text === '' ? null : (JSON.parse(text) as unknown) }
    },
    { method, path, init },
  )
}
