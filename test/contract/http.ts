import { expect } from 'vitest'
import * as z from 'zod/mini'
import {
  concernSchema,
  problemSchema,
  type Concern,
  type CreateConcernRequest,
  type Problem,
} from '../../src/lib/api'
import { PROBLEM_TYPE_BASE } from '../../src/lib/backend/problems'

/** Plain fetch against the mock API, as any client of the contract would call it. */
export const BASE = 'http://localhost:3000/api/v1'

export interface Reply {
  status: number
  headers: Headers
  body: unknown
}

export async function call(
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT',
  path: string,
  options: { body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
): Promise<Reply> {
  const text =
    options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body))
  const response = await fetch(`${BASE}${path}`, {
    method,
    headers: {
      Accept: 'application/json',
      ...(text === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...options.headers,
    },
    body: text,
  })
  const responseText = await response.text()
  return {
    status: response.status,
    headers: response.headers,
    body: responseText === '' ? undefined : (JSON.parse(responseText) as unknown),
  }
}

/** The body, checked against the contract's schema (throws with the schema's message if not). */
export function parse<S extends z.ZodMiniType>(schema: S, reply: Reply, status = 200): z.infer<S> {
  expect(reply.status, JSON.stringify(reply.body)).toBe(status)
  expect(reply.headers.get('Content-Type')).toMatch(/^application\/json/)
  return schema.parse(reply.body)
}

/** A problem+json answer with this status and problem type. */
export function expectProblem(reply: Reply, status: number, type?: string): Problem {
  expect(reply.status, JSON.stringify(reply.body)).toBe(status)
  expect(reply.headers.get('Content-Type')).toBe('application/problem+json')
  const problem = problemSchema.parse(reply.body)
  expect(problem.status).toBe(status)
  expect(problem.type.startsWith(PROBLEM_TYPE_BASE)).toBe(true)
  if (type) expect(problem.type).toBe(`${PROBLEM_TYPE_BASE}${type}`)
  return problem
}

export function newConcernBody(
  overrides: Partial<CreateConcernRequest> = {},
): CreateConcernRequest {
  return {
    divisionId: 'banbury-calthorpe',
    themeId: 'adolescent-vulnerability',
    subThemeId: 'neglect',
    objectiveId: 'objective-4',
    title: 'Test concern about a pattern',
    details: 'Something noticed on a visit that the Board should know about.',
    location: 'Near the shops',
    source: 'visit',
    alreadyReported: 'no',
    wantsReply: true,
    personalDataConfirmed: true,
    ...overrides,
  }
}

let keyCounter = 0
export const newKey = (): string => `test-key-${++keyCounter}-${Date.now()}`

/** Raises a concern as whoever is signed in; fails the test unless it is created. */
export async function raise(
  overrides: Partial<CreateConcernRequest> = {},
  key: string = newKey(),
): Promise<Concern> {
  const reply = await call('POST', '/concerns', {
    body: newConcernBody(overrides),
    headers: { 'Idempotency-Key': key },
  })
  return parse(concernSchema, reply, 201)
}

export async function patch(id: string, body: unknown, version: number | null): Promise<Reply> {
  return call('PATCH', `/concerns/${id}`, {
    body,
    headers: version === null ? {} : { 'If-Match': `"${version}"` },
  })
}
