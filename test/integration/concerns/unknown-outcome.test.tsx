// When no answer comes back (a dropped connection, a timeout, a 5xx), the concern may have been
// stored. The app must never say "not sent" then, nor store it twice: it keeps the key, and the
// way to find out is to send the same request under the same key again (a replay if stored).
import { act, screen, within } from '@testing-library/react'
import { onlineManager } from '@tanstack/react-query'
import { getResponse, http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createHandlers } from '../../../mocks/handlers'
import { tooLarge, tooManyRequests, validationFailed } from '../../../src/lib/backend/problems'
import { mockDb, server } from '../../helpers/mock-server'
import { renderApp } from '../../helpers/render-app'
import {
  CHECK_HEADING,
  confirmAndSend,
  continueToCheck,
  createdConcerns,
  fillForm,
  WHAT_HEADING,
  changeLink,
  heading1,
  passInterruption,
  savedShelf,
  typeInto,
} from './concern-helpers'

const TITLE = 'Teenagers gathering late at night'
const FIXED = 'Teenagers gathering late at night, weekends'

interface Posted {
  key: string
  title: string
}
let posted: Posted[] = []
const record = ({ request }: { request: Request }) => {
  if (request.method !== 'POST' || !new URL(request.url).pathname.endsWith('/concerns')) return
  const entry = { key: request.headers.get('Idempotency-Key') ?? '', title: '' }
  posted.push(entry)
  void request
    .clone()
    .json()
    .then((body: { title: string }) => (entry.title = body.title))
}
beforeEach(() => {
  posted = []
  server.events.on('request:start', record)
})
afterEach(() => {
  server.events.removeListener('request:start', record)
  onlineManager.setOnline(true)
})

/** The next POST /concerns reaches the mock server and is stored; its answer is lost. */
const storedButAnswerLost = () =>
  http.post(
    '*/api/v1/concerns',
    async ({ request }) => {
      await getResponse(
        createHandlers(() => mockDb()),
        request.clone(),
      )
      return HttpResponse.error()
    },
    { once: true },
  )

/** The next POST /concerns never arrives. */
const neverArrives = () =>
  http.post('*/api/v1/concerns', () => HttpResponse.error(), { once: true })

async function readyToSend(retries = false) {
  const app = renderApp({ url: '/concerns/new', as: 'cllr-banbury', retries })
  await passInterruption(app.user)
  await fillForm(app.user, { title: TITLE })
  await continueToCheck(app.user)
  return app
}

const notice = () => screen.findByRole('alert', { name: 'Not confirmed' })

async function fixTheTitle(user: Awaited<ReturnType<typeof readyToSend>>['user']) {
  await user.click(changeLink('Title'))
  await heading1(WHAT_HEADING)
  await typeInto(user, 'Give it a short title', FIXED)
  await continueToCheck(user)
}

describe('a concern stored, but whose answer was lost', () => {
  it('is retried by the app under the same key and shown as sent, stored once', async () => {
    server.use(storedButAnswerLost())
    const { user } = await readyToSend(true)
    await confirmAndSend(user)
    await screen.findByRole('heading', { level: 1, name: 'Concern sent' }, { timeout: 8000 })
    expect(createdConcerns()).toHaveLength(1)
    expect(screen.getByText(createdConcerns()[0]?.reference ?? 'missing')).toBeVisible()
    expect(posted.map((p) => p.key)).toEqual([posted[0]?.key, posted[0]?.key])
  })

  it('never says "not sent"; sending it again finds it and shows its reference', async () => {
    server.use(storedButAnswerLost())
    const { user } = await readyToSend()
    await confirmAndSend(user)

    const box = await notice()
    expect(box).toHaveTextContent('We do not know if your concern was sent')
    expect(box).toHaveTextContent(
      'No answer came back from the server. It may have arrived. Send it again to find out: if it did arrive, you will get its reference, and it will not be stored twice.',
    )
    expect(box).toHaveFocus()
    expect(screen.queryByText(/has not been sent/)).toBeNull()
    await heading1(CHECK_HEADING)
    expect(createdConcerns()).toHaveLength(1)
    // Meanwhile it is kept on the device, marked as not yet known.
    expect(savedShelf('cllr-banbury')?.draft?.attempt).toMatchObject({
      key: posted[0]?.key,
      unsettled: true,
    })

    await user.click(screen.getByRole('button', { name: 'Send concern' }))
    await heading1('Concern sent')
    const [concern] = createdConcerns()
    expect(createdConcerns()).toHaveLength(1)
    expect(screen.getByText(concern?.reference ?? 'missing')).toBeVisible()
    expect(new Set(posted.map((p) => p.key)).size).toBe(1)
    expect(savedShelf('cllr-banbury')).toBeNull()
  })

  it('fixing a typo first: the first version is asked about under its key, found, and not sent twice', async () => {
    server.use(storedButAnswerLost())
    const { user } = await readyToSend()
    await confirmAndSend(user)
    await notice()

    await fixTheTitle(user)
    const warning = screen.getByRole('region', { name: 'Not confirmed' })
    expect(warning).toHaveTextContent('You have changed your answers since.')
    expect(warning).toHaveTextContent('your changes will not be sent')
    await confirmAndSend(user)

    await heading1('Concern sent')
    expect(screen.getByText(/It was sent as you first wrote it/)).toBeVisible()
    expect(createdConcerns().map((c) => c.title)).toEqual([TITLE])
    expect(posted).toEqual([
      { key: posted[0]?.key, title: TITLE },
      { key: posted[0]?.key, title: TITLE },
    ])
    expect(savedShelf('cllr-banbury')).toBeNull()
  })

  it('a first version the server now turns down was never stored: the fixed one goes under a new key', async () => {
    server.use(
      neverArrives(),
      http.post(
        '*/api/v1/concerns',
        () => validationFailed({ title: ['Title must be 120 characters or fewer'] }),
        { once: true },
      ),
    )
    const { user } = await readyToSend()
    await confirmAndSend(user)
    await notice()
    await fixTheTitle(user)
    await confirmAndSend(user)

    await heading1('Concern sent')
    expect(screen.queryByText(/It was sent as you first wrote it/)).toBeNull()
    expect(createdConcerns().map((c) => c.title)).toEqual([FIXED])
    const [first, settle, fixed] = posted
    expect(posted).toHaveLength(3)
    expect(settle).toEqual({ key: first?.key, title: TITLE })
    expect(fixed?.title).toBe(FIXED)
    expect(fixed?.key).not.toBe(first?.key)
  })

  it('while there is still no answer, the changes wait: nothing goes under a new key', async () => {
    server.use(neverArrives(), neverArrives())
    const { user } = await readyToSend()
    await confirmAndSend(user)
    await notice()
    await fixTheTitle(user)
    await confirmAndSend(user)

    const box = await notice()
    expect(box).toHaveTextContent('You have changed your answers since.')
    expect(posted.map((p) => p.key)).toEqual([posted[0]?.key, posted[0]?.key])
    expect(posted.map((p) => p.title)).toEqual([TITLE, TITLE])
    expect(createdConcerns()).toHaveLength(0)
    // The fixed answers are kept on the device, with the attempt still to settle.
    expect(savedShelf('cllr-banbury')?.draft).toMatchObject({
      answers: { title: FIXED },
      attempt: { key: posted[0]?.key, unsettled: true },
    })
  })
})

describe('a concern queued with no signal that then gets no answer', () => {
  it('is "not confirmed" everywhere, and sending it again from the draft stores it once', async () => {
    const { user } = await readyToSend()
    act(() => onlineManager.setOnline(false))
    await confirmAndSend(user)
    await heading1('Your concern is waiting to send')
    server.use(storedButAnswerLost())
    act(() => onlineManager.setOnline(true))

    await heading1('We do not know if your concern was sent')
    expect(screen.getByRole('alert')).toHaveTextContent(
      'No answer came back from the server. It may have arrived.',
    )
    expect(createdConcerns()).toHaveLength(1)
    await user.click(screen.getByRole('link', { name: 'Check it and send it again' }))

    const offer = await screen.findByRole('region', { name: 'Unsent concern' })
    expect(offer).toHaveTextContent('We do not know if your concern was sent')
    await user.click(within(offer).getByRole('button', { name: 'Resume draft' }))
    // Every answer is there: straight to check answers, which says what is not known.
    await heading1(CHECK_HEADING)
    expect(screen.getByRole('region', { name: 'Not confirmed' })).toHaveTextContent(
      'The app did not hear back whether it was stored. It may have arrived.',
    )
    await confirmAndSend(user)
    await heading1('Concern sent')
    expect(createdConcerns()).toHaveLength(1)
    expect(new Set(posted.map((p) => p.key)).size).toBe(1)
  })
})

describe('the banner on every page', () => {
  it('says "we do not know" about a queued concern that got no answer, not "could not be sent"', async () => {
    const { user, router } = await readyToSend()
    act(() => onlineManager.setOnline(false))
    await confirmAndSend(user)
    await heading1('Your concern is waiting to send')
    await act(() => router.navigate('/concerns'))
    await heading1('My concerns')
    server.use(neverArrives())
    act(() => onlineManager.setOnline(true))

    const banner = await screen.findByRole('alert', { name: 'Not confirmed' })
    expect(banner).toHaveTextContent('We do not know if a concern was sent')
    expect(banner).toHaveTextContent(
      'No answer came back from the server. It may have arrived. Send it again to find out: it will not be stored twice.',
    )
    expect(banner).not.toHaveTextContent('could not be sent')
    expect(
      within(banner).getByRole('link', { name: 'Check it and send it again' }),
    ).toHaveAttribute('href', '/concerns/new')
  })
})

describe('a definite refusal', () => {
  it.each([
    [
      'too large (413)',
      () => tooLarge(65_536),
      'Your concern has not been sent. It is too large for the server: make it shorter. Your answers are kept.',
    ],
    [
      'too many requests (429)',
      () => tooManyRequests(30),
      'Your concern has not been sent. The server has too many requests just now: wait a moment, then send it again. Your answers are kept.',
    ],
  ])('%s is "not sent", in plain words of its own', async (_case, answer, message) => {
    server.use(http.post('*/api/v1/concerns', answer, { once: true }))
    const { user } = await readyToSend()
    await confirmAndSend(user)
    expect(await screen.findByRole('alert')).toHaveTextContent(message)
    expect(screen.queryByRole('alert', { name: 'Not confirmed' })).toBeNull()
    expect(savedShelf('cllr-banbury')?.draft?.attempt?.unsettled).toBeUndefined()
  })

  it('a 429 is waited out (Retry-After) and sent again by itself', async () => {
    server.use(http.post('*/api/v1/concerns', () => tooManyRequests(1), { once: true }))
    const { user } = await readyToSend(true)
    await confirmAndSend(user)
    expect(
      await screen.findByText('The server is busy. The app will try again in a moment.'),
    ).toBeVisible()
    await screen.findByRole('heading', { level: 1, name: 'Concern sent' }, { timeout: 8000 })
    expect(createdConcerns()).toHaveLength(1)
    expect(posted.map((p) => p.key)).toEqual([posted[0]?.key, posted[0]?.key])
  })
})
