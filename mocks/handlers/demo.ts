import { http, HttpResponse } from 'msw'
import { API, route, type GetStore } from './context'

/** Mock only: puts the demo data back as shipped, and signs out. */
export const demoHandlers = (getStore: GetStore) => [
  http.post(
    `${API}/demo/reset`,
    route(getStore, ({ store }) => {
      store.reset()
      return new HttpResponse(null, { status: 204 })
    }),
  ),
]
