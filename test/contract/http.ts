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
import { defaultClient, type Client, type Reply } from './backend'

export { BASE, call, type Reply } from './backend'

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
/** A fresh Idempotency-Key (unique within the file; every test starts from a fresh back end). */
export const newKey = (): string => `test-key-${String(++keyCounter).padStart(4, '0')}`

/** Raises a concern as whoever is signed in; fails the test unless it is created. */
export async function raise(
  overrides: Partial<CreateConcernRequest> = {},
  key: string = newKey(),
  client: Client = defaultClient(),
): Promise<Concern> {
  const reply = await client.call('POST', '/concerns', {
    body: newConcernBody(overrides),
    headers: { 'Idempotency-Key': key },
  })
  return parse(concernSchema, reply, 201)
}

export function patch(
  id: string,
  body: unknown,
  version: number | null,
  client: Client = defaultClient(),
): Promise<Reply> {
  return client.call('PATCH', `/concerns/${id}`, {
    body,
    headers: version === null ? {} : { 'If-Match': `"${version}"` },
  })
}

/** POST /concerns/:id/messages as whoever the client is signed in as. */
export function postMessage(
  id: string,
  body: unknown,
  key: string | null = newKey(),
  client: Client = defaultClient(),
): Promise<Reply> {
  return client.call('POST', `/concerns/${id}/messages`, {
    body,
    headers: key === null ? {} : { 'Idempotency-Key': key },
  })
}

/** POST /concerns/:id/redactions with If-Match of this version (none when null). */
export function redact(
  id: string,
  body: unknown,
  version: number | null,
  client: Client = defaultClient(),
): Promise<Reply> {
  return client.call('POST', `/concerns/${id}/redactions`, {
    body,
    headers: version === null ? {} : { 'If-Match': `"${version}"` },
  })
}

/** The UTF-16 range of the first `part` in `text`, for a redaction; throws if it is not there. */
export function rangeOf(text: string, part: string): { start: number; end: number } {
  const start = text.indexOf(part)
  if (start < 0) throw new Error(`${JSON.stringify(part)} is not in ${JSON.stringify(text)}`)
  return { start, end: start + part.length }
}
