import { screen, within } from '@testing-library/react'
import { onTestFinished } from 'vitest'
import type { ConcernStatus } from '../../../src/lib/api'
import { applyChange, type StoredConcern } from '../../../src/lib/backend/concern-records'
import { actorOf, personaById } from '../../../src/lib/backend/seed/personas'
import { mockDb, server } from '../../helpers/mock-server'

export function stored(id: string): StoredConcern {
  const concern = mockDb().findConcern(id)
  if (!concern) throw new Error(`no concern ${id} in the mock store`)
  return concern
}

/** Puts a concern straight into a status in the store, as if someone had moved it there. */
export function putInStatus(id: string, status: ConcernStatus): StoredConcern {
  const concern = stored(id)
  concern.status = status
  concern.version += 1
  return concern
}

/** Someone else (another chair session) changes the concern on the server, between load and act. */
export function changeBehindTheChairsBack(
  id: string,
  change: { status?: ConcernStatus; reply?: string; note?: string },
): StoredConcern {
  const concern = stored(id)
  let n = 0
  applyChange(
    concern,
    { ...change, at: new Date(), actor: actorOf(personaById('chair')) },
    () => `elsewhere-${id}-${++n}`,
  )
  return concern
}

export interface SeenRequest {
  method: string
  url: URL
  headers: Headers
  body: string
}

/** Every request the app sends from now on, as the server received it. */
export function recordRequests(): SeenRequest[] {
  const seen: SeenRequest[] = []
  const listener = ({ request }: { request: Request }) => {
    const copy = request.clone()
    const entry: SeenRequest = {
      method: request.method,
      url: new URL(request.url),
      headers: request.headers,
      body: '',
    }
    seen.push(entry)
    void copy.text().then((text) => (entry.body = text))
  }
  server.events.on('request:start', listener)
  onTestFinished(() => {
    server.events.removeListener('request:start', listener)
  })
  return seen
}

export const patches = (seen: readonly SeenRequest[]) => seen.filter((r) => r.method === 'PATCH')

/** The queue's card for a concern, found by its title. */
export async function cardFor(title: string): Promise<HTMLElement> {
  const link = await screen.findByRole('link', { name: new RegExp(escape(title)) })
  const card = link.closest('li')
  if (!card) throw new Error(`no card around ${title}`)
  return card
}

export const cardTitles = (): string[] =>
  within(screen.getByRole('list', { name: 'Concerns' }))
    .getAllByRole('heading', { level: 2 })
    .map((heading) => heading.textContent ?? '')

/** Waits until the queue has answered: "Showing 1 to 9 of 9 concerns" or "No concerns match." */
export const queueCount = (): Promise<HTMLElement> =>
  screen.findByText(/^(Showing [\d,]+ to [\d,]+ of|No concerns match|There is no page)/)

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Opens one of the chair's folded actions on the concern page, as a tap on its name would. */
export async function openAction(
  user: { click: (element: Element) => Promise<void> },
  name:
    | 'Change the status'
    | 'Reply to the councillor'
    | 'Add an internal note'
    | 'Remove identifying details',
): Promise<void> {
  const summary = await screen.findByText(name, { selector: '.govuk-details__summary-text' })
  if (!summary.closest('details')?.open) await user.click(summary)
}
