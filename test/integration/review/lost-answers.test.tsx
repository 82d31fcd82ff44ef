// A change the server applied but whose answer never reached the tablet (a dropped connection, a
// timeout) must not come back as "someone else changed this concern", and must never be stored
// twice. Each change carries an Idempotency-Key made when the chair acts; a retry, by the app or
// by the chair, sends the same key and the server replays its first answer.
import { screen, within } from '@testing-library/react'
import { getResponse, http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { createHandlers } from '../../../mocks/handlers'
import { etagOf } from '../../../src/lib/api'
import { injectedFault, tooLarge, tooManyRequests } from '../../../src/lib/backend/problems'
import { mockDb, server } from '../../helpers/mock-server'
import { renderApp } from '../../helpers/render-app'
import {
  changeBehindTheChairsBack,
  patches,
  recordRequests,
  stored,
  openAction,
} from './review-helpers'

const SENT = 'Your reply was sent. The councillor will see it in My concerns.'
const REPLY = 'We are looking into this with the district council.'

/** The next PATCH reaches the mock server and is applied, but its answer is lost on the way back. */
function loseNextPatchAnswer() {
  server.use(
    http.patch(
      '*/api/v1/concerns/:id',
      async ({ request }) => {
        await getResponse(
          createHandlers(() => mockDb()),
          request.clone(),
        )
        return HttpResponse.error()
      },
      { once: true },
    ),
  )
}

async function openAndReply(id: string, retries: boolean) {
  const rendered = renderApp({ url: `/review/${id}`, as: 'chair', retries })
  await screen.findByRole('heading', { level: 1, name: stored(id).title })
  await openAction(rendered.user, 'Reply to the councillor')
  await rendered.user.type(screen.getByRole('textbox', { name: 'Your reply' }), REPLY)
  await rendered.user.click(screen.getByRole('button', { name: 'Send reply' }))
  return rendered
}

const repliesStored = (id: string) => stored(id).events.filter((e) => e.text === REPLY)
const keysOf = (requests: ReturnType<typeof recordRequests>) =>
  patches(requests).map((r) => r.headers.get('Idempotency-Key'))

describe('a reply the server applied but whose answer was lost', () => {
  it('is retried by the app under the same key and replayed: no conflict, stored once', async () => {
    const requests = recordRequests()
    const seenVersion = stored('sample-07').version
    loseNextPatchAnswer()
    await openAndReply('sample-07', true)

    expect(await screen.findByText(SENT, {}, { timeout: 8000 })).toBeVisible()
    expect(
      screen.queryByRole('region', { name: 'This concern changed since you opened it' }),
    ).toBeNull()
    expect(repliesStored('sample-07')).toHaveLength(1)
    expect(stored('sample-07').version).toBe(seenVersion + 1)
    const [first, again] = patches(requests)
    expect(patches(requests)).toHaveLength(2)
    expect(first?.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/)
    expect(again?.headers.get('Idempotency-Key')).toBe(first?.headers.get('Idempotency-Key'))
    // The retry still says the version the chair saw; the key is what lets it through.
    expect(again?.headers.get('If-Match')).toBe(etagOf(seenVersion))
    // The timeline shows the reply once.
    expect(within(screen.getByRole('list', { name: 'Timeline' })).getAllByText(REPLY)).toHaveLength(
      1,
    )
  })

  it('says it may not have been saved, keeps the text, and sending it again stores it once', async () => {
    const requests = recordRequests()
    loseNextPatchAnswer()
    const { user } = await openAndReply('sample-07', false)

    const problem = await screen.findByRole('alert')
    expect(problem).toHaveTextContent(
      'The app could not reach the server. You may be offline: try again when you have signal. Your change may or may not have been saved: send it again as it is, and it will not be saved twice.',
    )
    expect(problem).not.toHaveTextContent('Nothing was changed')
    expect(screen.getByRole('textbox', { name: 'Your reply' })).toHaveValue(REPLY)
    expect(repliesStored('sample-07')).toHaveLength(1)

    await user.click(screen.getByRole('button', { name: 'Send reply' }))
    expect(await screen.findByText(SENT)).toBeVisible()
    expect(
      screen.queryByRole('region', { name: 'This concern changed since you opened it' }),
    ).toBeNull()
    expect(repliesStored('sample-07')).toHaveLength(1)
    const [firstKey, secondKey] = keysOf(requests)
    expect(secondKey).toBe(firstKey)
  })

  it('a different change afterwards is a new change, with a new key', async () => {
    const requests = recordRequests()
    loseNextPatchAnswer()
    const { user } = await openAndReply('sample-07', false)
    await screen.findByRole('alert')
    await openAction(user, 'Reply to the councillor')
    await user.type(screen.getByRole('textbox', { name: 'Your reply' }), ' Thank you.')
    await user.click(screen.getByRole('button', { name: 'Send reply' }))
    // The first reply was applied meanwhile, so the version on screen is out of date: a real
    // conflict, and the page says so rather than storing over it.
    expect(
      await screen.findByRole('region', { name: 'This concern changed since you opened it' }),
    ).toBeVisible()
    const [firstKey, secondKey] = keysOf(requests)
    expect(secondKey).not.toBe(firstKey)
  })
})

describe('a change refused because someone else changed the concern (412)', () => {
  it('is applied to the latest version under a new key, once', async () => {
    const requests = recordRequests()
    const { user } = renderApp({ url: '/review/sample-07', as: 'chair' })
    await screen.findByRole('heading', { level: 1, name: stored('sample-07').title })
    await openAction(user, 'Reply to the councillor')
    await user.type(screen.getByRole('textbox', { name: 'Your reply' }), REPLY)
    changeBehindTheChairsBack('sample-07', { note: 'Checked with the district.' })
    await user.click(screen.getByRole('button', { name: 'Send reply' }))
    const box = await screen.findByRole('region', {
      name: 'This concern changed since you opened it',
    })
    await user.click(
      within(box).getByRole('button', { name: 'Apply my change to the latest version' }),
    )
    expect(await screen.findByText(SENT)).toBeVisible()
    const [firstKey, secondKey] = keysOf(requests)
    expect(secondKey).not.toBe(firstKey)
    expect(repliesStored('sample-07')).toHaveLength(1)
  })
})

describe('what the chair is told when a change fails', () => {
  it.each([
    [
      'too large (413)',
      () => tooLarge(65_536),
      'Nothing was changed. What you sent is too large for the server. Make it shorter, then try again.',
    ],
    [
      'too many requests (429)',
      () => tooManyRequests(20),
      'Nothing was changed. The server is receiving too many requests. Wait a moment, then try again.',
    ],
    [
      'a server failure (500)',
      () => injectedFault(500),
      'The server had a problem. Try again in a moment. Your change may or may not have been saved: send it again as it is, and it will not be saved twice.',
    ],
  ])('%s, in plain words of its own', async (_case, answer, message) => {
    server.use(http.patch('*/api/v1/concerns/:id', answer, { once: true }))
    await openAndReply('sample-07', false)
    expect(await screen.findByRole('alert')).toHaveTextContent(message)
    expect(screen.getByRole('textbox', { name: 'Your reply' })).toHaveValue(REPLY)
  })

  it('waits as long as a 429’s Retry-After asks, then tries again by itself', async () => {
    const sentAt: number[] = []
    const listen = ({ request }: { request: Request }) => {
      if (request.method === 'PATCH') sentAt.push(Date.now())
    }
    server.events.on('request:start', listen)
    server.use(http.patch('*/api/v1/concerns/:id', () => tooManyRequests(2), { once: true }))
    try {
      await openAndReply('sample-07', true)
      expect(await screen.findByText(SENT, {}, { timeout: 8000 })).toBeVisible()
    } finally {
      server.events.removeListener('request:start', listen)
    }
    expect(sentAt).toHaveLength(2)
    expect((sentAt[1] ?? 0) - (sentAt[0] ?? 0)).toBeGreaterThanOrEqual(1900)
    expect(repliesStored('sample-07')).toHaveLength(1)
  })
})
