import { http, HttpResponse } from 'msw'
import { signInRequestSchema, type OutboxKey, type SessionUser } from '../../src/lib/api/schemas'
import { findPersona, PERSONAS } from '../../src/lib/backend/seed/personas'
import { validationFailed } from '../../src/lib/backend/problems'
import { API, requireUser, route, validate, type GetStore } from './context'

export const sessionHandlers = (getStore: GetStore) => [
  http.get(
    `${API}/session/personas`,
    route(getStore, () => HttpResponse.json([...PERSONAS])),
  ),

  http.get(
    `${API}/session`,
    route(getStore, ({ store }) => HttpResponse.json<SessionUser>(requireUser(store))),
  ),

  http.get(`${API}/session/outbox-key`, async (info) => {
    let userId = ''
    const checked = await route(getStore, ({ store }) => {
      userId = requireUser(store).id
      return new HttpResponse(null, { status: 204 })
    })(info)
    if (checked.status !== 204) return checked
    return HttpResponse.json<OutboxKey>(
      { key: await mockOutboxKey(userId) },
      { headers: { 'Cache-Control': 'no-store' } },
    )
  }),

  http.post(
    `${API}/session`,
    route(getStore, ({ store, json }) => {
      const { personaId } = validate(signInRequestSchema, json())
      if (!findPersona(personaId)) {
        throw validationFailed({ personaId: ['Choose one of the demo accounts'] })
      }
      store.data.signedInUserId = personaId
      return HttpResponse.json<SessionUser>(requireUser(store))
    }),
  ),

  http.delete(
    `${API}/session`,
    route(getStore, ({ store }) => {
      store.data.signedInUserId = null
      return new HttpResponse(null, { status: 204 })
    }),
  ),
]

/*
 * The mock's outbox keys, derived in code as the server derives them (HMAC-SHA256 of the user id)
 * but under a secret written here: the demo's data is sample data, and a key a reader of this
 * file could work out protects nothing real.
 */
const MOCK_OUTBOX_SECRET = new TextEncoder().encode('eyes-and-ears demo outbox key secret')

async function mockOutboxKey(userId: string): Promise<string> {
  const secret = await crypto.subtle.importKey(
    'raw',
    MOCK_OUTBOX_SECRET,
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  )
  const mac = await crypto.subtle.sign(
    'HMAC',
    secret,
    new TextEncoder().encode(`outbox-key\0${userId}`),
  )
  return base64url(new Uint8Array(mac))
}

const base64url = (bytes: Uint8Array): string =>
  btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '')
