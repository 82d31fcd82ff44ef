import type * as z from 'zod/mini'
import { API_BASE_URL } from '../env'
import { ApiError, parseRetryAfter } from './api-error'

const TIMEOUT_MS = 15_000

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  body?: unknown
  headers?: Record<string, string>
  query?: Record<string, string | number | readonly string[] | undefined>
  signal?: AbortSignal
}

/**
 * A schema, or a function that loads one. Code in the first bundle passes a loader
 * (`() => import('./schemas/session').then((m) => m.sessionUserSchema)`) so the validators, and
 * zod with them, arrive in their own chunk alongside the first request instead of delaying the
 * first render.
 */
export type SchemaSource<S extends z.ZodMiniType> = S | (() => Promise<S>)

const loadSchema = <S extends z.ZodMiniType>(source: SchemaSource<S>): Promise<S> =>
  typeof source === 'function' ? source() : Promise.resolve(source)

export interface ApiResponse<T> {
  data: T
  headers: Headers
  status: number
}

export function buildUrl(path: string, query?: RequestOptions['query']): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === '') continue
    if (Array.isArray(value)) value.forEach((v: string) => params.append(key, v))
    else params.append(key, String(value))
  }
  const search = params.toString()
  // Node's fetch (tests) needs an absolute URL; a relative base resolves against the page.
  const base =
    API_BASE_URL.startsWith('/') && typeof location !== 'undefined'
      ? `${location.origin}${API_BASE_URL}`
      : API_BASE_URL
  return `${base}${path}${search ? `?${search}` : ''}`
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const timeout = AbortSignal.timeout(TIMEOUT_MS)
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers }
  if (options.body !== undefined) headers['Content-Type'] = 'application/json'
  try {
    return await fetch(buildUrl(path, options.query), {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'include',
      signal,
    })
  } catch (cause) {
    if (options.signal?.aborted) throw cause
    if (timeout.aborted) {
      throw new ApiError({ kind: 'timeout', title: 'The server took too long to answer', cause })
    }
    throw new ApiError({ kind: 'network', title: 'Could not reach the server', cause })
  }
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text()
  if (text === '') return undefined
  try {
    return JSON.parse(text) as unknown
  } catch (cause) {
    throw new ApiError({
      kind: 'invalid-response',
      status: response.status,
      title: 'The server sent an answer the app could not read',
      cause,
    })
  }
}

async function toError(response: Response): Promise<ApiError> {
  let body: unknown
  try {
    body = await readJson(response)
  } catch {
    body = undefined
  }
  const { problemSchema } = await import('./schemas/common')
  const parsed = problemSchema.safeParse(body)
  const problem = parsed.success ? parsed.data : undefined
  return new ApiError({
    kind: 'http',
    status: response.status,
    title: problem?.title ?? (response.statusText || `The server answered ${response.status}`),
    detail: problem?.detail,
    fieldErrors: problem?.errors,
    problem,
    // A server on another origin must list Retry-After in Access-Control-Expose-Headers.
    retryAfterMs: parseRetryAfter(response.headers.get('Retry-After')),
  })
}

/** Calls the API and checks the body against the contract's schema; throws ApiError otherwise. */
export async function apiRequest<S extends z.ZodMiniType>(
  schemaSource: SchemaSource<S>,
  path: string,
  options: RequestOptions = {},
): Promise<ApiResponse<z.infer<S>>> {
  const [response, schema] = await Promise.all([send(path, options), loadSchema(schemaSource)])
  if (!response.ok) throw await toError(response)
  const body = await readJson(response)
  const parsed = schema.safeParse(body)
  if (!parsed.success) {
    throw new ApiError({
      kind: 'invalid-response',
      status: response.status,
      title: 'The server sent an answer the app could not read',
      detail: `${options.method ?? 'GET'} ${path} did not match the contract`,
      cause: parsed.error,
    })
  }
  return { data: parsed.data, headers: response.headers, status: response.status }
}

/** For calls that answer 204 with no body. */
export async function apiSend(path: string, options: RequestOptions = {}): Promise<void> {
  const response = await send(path, options)
  if (!response.ok) throw await toError(response)
}

/**
 * A file the API answers (the CSV export), whole, with the name its Content-Disposition gives.
 * For the in-browser mock only: a real server's file is a plain link the browser saves itself.
 */
export async function apiDownload(
  path: string,
  options: RequestOptions = {},
): Promise<{ blob: Blob; fileName: string | null }> {
  const response = await send(path, { ...options, headers: { Accept: '*/*', ...options.headers } })
  if (!response.ok) throw await toError(response)
  const disposition = response.headers.get('Content-Disposition') ?? ''
  const fileName = /filename="([^"]+)"/.exec(disposition)?.[1] ?? null
  return { blob: await response.blob(), fileName }
}
