import { http, HttpResponse } from 'msw'
import { signInRequestSchema, type SessionUser } from '../../src/lib/api/schemas'
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
