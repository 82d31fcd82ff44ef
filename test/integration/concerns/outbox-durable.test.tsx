// Nothing queued is ever lost (issue 12): not by the saved cache's age or a new build's buster,
// not by closing the page the moment it says "waiting to send", not by a full storage (which is
// said, with the answers kept), and not by another councillor's sign-out.
import { act, screen, waitFor, within } from '@testing-library/react'
import { hydrate, onlineManager, type DehydratedState } from '@tanstack/react-query'
import { http } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { concernKeys } from '../../../src/lib/api/keys'
import { PERSIST_MAX_AGE, QUERY_CACHE_STORAGE_KEY } from '../../../src/lib/query'
import { recordConcernPosts } from '../../helpers/concern-posts'
import { mockDb, server } from '../../helpers/mock-server'
import { renderApp, type RenderAppResult } from '../../helpers/render-app'
import {
  CHECK_HEADING,
  confirmAndSend,
  continueToCheck,
  createdConcerns,
  fillForm,
  heading1,
  passInterruption,
  savedShelf,
} from './concern-helpers'

interface SavedState {
  buster: string
  timestamp: number
  clientState: {
    queries: Array<{ queryKey: unknown[] }>
    mutations: Array<
      DehydratedState['mutations'][number] & {
        state: { isPaused: boolean; variables: { idempotencyKey: string } }
      }
    >
  }
}

const saved = () =>
  JSON.parse(localStorage.getItem(QUERY_CACHE_STORAGE_KEY) ?? 'null') as SavedState | null
const savedKeys = () =>
  saved()?.clientState.mutations.map((m) => m.state.variables.idempotencyKey) ?? []

const posts = recordConcernPosts()
afterEach(() => {
  vi.restoreAllMocks()
  onlineManager.setOnline(true)
})

async function readyToSend(as: 'cllr-banbury' | 'cllr-oxford' = 'cllr-banbury') {
  const app = renderApp({ url: '/concerns/new', as })
  await passInterruption(app.user)
  await fillForm(app.user)
  await continueToCheck(app.user)
  return app
}

/** Sends with no signal, then the app is closed (no pagehide: what was written is all there is). */
async function queueAndClose(as: 'cllr-banbury' | 'cllr-oxford' = 'cllr-banbury') {
  const app = await readyToSend(as)
  act(() => onlineManager.setOnline(false))
  await confirmAndSend(app.user)
  await heading1('Your concern is waiting to send')
  const [key] = savedKeys()
  close(app)
  return key
}

function close(app: RenderAppResult) {
  app.unmount()
  app.queryClient.getMutationCache().clear()
}

describe('a queued concern outlives the saved cache', () => {
  it('is sent once after more than the maximum age, though old queries are dropped', async () => {
    const key = await queueAndClose()
    const old = saved()
    if (!old) throw new Error('nothing saved')
    const staleQuery = { queryKey: ['reference', 'stale'], state: { status: 'success' } }
    localStorage.setItem(
      QUERY_CACHE_STORAGE_KEY,
      JSON.stringify({
        ...old,
        timestamp: Date.now() - PERSIST_MAX_AGE - 60_000,
        clientState: { ...old.clientState, queries: [staleQuery] },
      }),
    )

    act(() => onlineManager.setOnline(true))
    const app = renderApp({ url: '/', as: 'cllr-banbury' })
    expect(await screen.findByRole('alert', { name: 'Success' })).toHaveTextContent(
      'Your concern has been sent',
    )
    expect(posts.keys).toEqual([key])
    expect(createdConcerns()).toHaveLength(1)
    expect(app.queryClient.getQueryData(['reference', 'stale'])).toBeUndefined()
  })

  it('is sent once after a new build changed the buster (its variables are salvaged)', async () => {
    const key = await queueAndClose()
    const old = saved()
    if (!old) throw new Error('nothing saved')
    localStorage.setItem(
      QUERY_CACHE_STORAGE_KEY,
      JSON.stringify({ ...old, buster: 'an-older-build' }),
    )

    act(() => onlineManager.setOnline(true))
    renderApp({ url: '/', as: 'cllr-banbury' })
    await screen.findByRole('alert', { name: 'Success' })
    expect(posts.keys).toEqual([key])
    expect(createdConcerns()).toHaveLength(1)
  })

  it('is sent again (same key, stored once) if the page closed while it was on its way', async () => {
    const app = await readyToSend()
    // The request never answers: the tab is closed mid-flight.
    server.use(
      http.post('*/api/v1/concerns', () => new Promise<never>(() => undefined), { once: true }),
    )
    await confirmAndSend(app.user)
    await waitFor(() => expect(posts.keys).toHaveLength(1))
    expect(savedKeys()).toEqual(posts.keys)
    close(app)

    renderApp({ url: '/', as: 'cllr-banbury' })
    await screen.findByRole('alert', { name: 'Success' })
    expect(posts.keys).toHaveLength(2)
    expect(posts.keys[1]).toBe(posts.keys[0])
    expect(createdConcerns()).toHaveLength(1)
  })
})

describe('written to storage before the app says it is saved', () => {
  it('is in storage at the moment the mutation pauses, before any page renders', async () => {
    const app = await readyToSend()
    const inStorageWhenPaused: boolean[] = []
    const unsubscribe = app.queryClient.getMutationCache().subscribe((event) => {
      if (event.type === 'updated' && event.mutation.state.isPaused) {
        const variables = event.mutation.state.variables as { idempotencyKey: string }
        inStorageWhenPaused.push(savedKeys().includes(variables.idempotencyKey))
      }
    })
    act(() => onlineManager.setOnline(false))
    await confirmAndSend(app.user)
    await heading1('Your concern is waiting to send')
    unsubscribe()
    expect(inStorageWhenPaused.length).toBeGreaterThan(0)
    expect(inStorageWhenPaused.every(Boolean)).toBe(true)
    expect(screen.getByText(/Your concern is saved on this device/)).toBeVisible()
    act(() => onlineManager.setOnline(true))
    await heading1('Concern sent')
  })
})

describe('with storage full', () => {
  it('never says it is saved: says it is not, keeps the answers on screen, and sends it while open', async () => {
    const app = await readyToSend()
    const setItem = localStorage.setItem.bind(localStorage)
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation((key: string, value: string) => {
      if (key === QUERY_CACHE_STORAGE_KEY) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      }
      setItem(key, value)
    })
    act(() => onlineManager.setOnline(false))
    await confirmAndSend(app.user)

    const summary = (await screen.findByText(/could not be saved on this device/)).closest(
      '[role="alert"]',
    )
    if (!(summary instanceof HTMLElement)) throw new Error('no error summary')
    expect(summary).toHaveTextContent('There is a problem')
    expect(summary).toHaveTextContent('keep this page open until it has gone')
    await waitFor(() => expect(summary.parentElement).toHaveFocus())
    // Still on check answers, every answer on screen, the draft still on the shelf.
    expect(screen.getByRole('heading', { level: 1, name: CHECK_HEADING })).toBeVisible()
    expect(screen.getByText('Teenagers gathering late at night')).toBeVisible()
    expect(savedShelf('cllr-banbury')?.draft?.answers.title).toBe(
      'Teenagers gathering late at night',
    )
    expect(screen.queryByText(/(is|^)saved on this device/i)).toBeNull()
    expect(screen.getByText('Waiting for a signal. Keep this page open.')).toBeVisible()

    // Elsewhere in the app the banner says the same.
    await act(() => app.router.navigate('/objectives'))
    const banner = await screen.findByRole('alert', { name: 'Not saved on this device' })
    expect(banner).toHaveTextContent('1 concern could not be saved on this device')
    expect(banner).toHaveTextContent('Keep this page open')
    expect(screen.queryByRole('region', { name: 'Waiting to send' })).toBeNull()

    act(() => onlineManager.setOnline(true))
    await screen.findByRole('alert', { name: 'Success' })
    expect(createdConcerns()).toHaveLength(1)
    expect(screen.queryByRole('alert', { name: 'Not saved on this device' })).toBeNull()
  })
})

describe('another councillor signing out', () => {
  it('keeps a first councillor’s queued concern, which is sent when they are back', async () => {
    const key = await queueAndClose('cllr-banbury')
    const waiting = saved()?.clientState
    if (!waiting) throw new Error('nothing saved')
    localStorage.clear()
    act(() => onlineManager.setOnline(true))

    // Oxford is signed in while Banbury's concern is still waiting in memory (e.g. its session
    // ended mid-retry): it is not Oxford's to delete.
    const other = renderApp({ url: '/', as: 'cllr-oxford' })
    const signOut = await screen.findByRole('button', { name: 'Sign out' })
    act(() => hydrate(other.queryClient, { queries: [], mutations: waiting.mutations }))
    await other.user.click(signOut)
    await heading1('Sign in')
    expect(mockDb().data.signedInUserId).toBeNull()
    expect(savedKeys()).toEqual([key])
    close(other)

    renderApp({ url: '/', as: 'cllr-banbury' })
    await screen.findByRole('alert', { name: 'Success' })
    expect(posts.keys).toEqual([key])
    expect(createdConcerns()).toHaveLength(1)
    expect(createdConcerns()[0]?.author.id).toBe('cllr-banbury')
  })

  it('keeps one handed back to its author’s shelf while someone else was signed in', async () => {
    await queueAndClose('cllr-banbury')
    act(() => onlineManager.setOnline(true))
    const other = renderApp({ url: '/', as: 'cllr-oxford' })
    await waitFor(() =>
      expect(savedShelf('cllr-banbury')?.draft?.returned?.reason).toBe('other-user'),
    )
    await other.user.click(await screen.findByRole('button', { name: 'Sign out' }))
    await heading1('Sign in')
    const shelf = savedShelf('cllr-banbury')
    expect(shelf?.parked.map((draft) => draft.answers.title)).toEqual([
      'Teenagers gathering late at night',
    ])
    expect(posts.keys).toEqual([])
    expect(mockDb().data.signedInUserId).toBeNull()
  })

  it('still deletes the signing-out councillor’s own queued concern when they say so', async () => {
    const app = await readyToSend()
    act(() => onlineManager.setOnline(false))
    await confirmAndSend(app.user)
    await heading1('Your concern is waiting to send')
    await app.user.click(screen.getByRole('button', { name: 'Sign out' }))
    const warning = screen.getByRole('region', { name: /You have 1 concern waiting to send/ })
    await app.user.click(within(warning).getByRole('button', { name: 'Sign out and delete it' }))
    await heading1('Sign in')
    expect(savedKeys()).toEqual([])
    expect(
      app.queryClient.getMutationCache().findAll({ mutationKey: concernKeys.create() }),
    ).toEqual([])
  })
})
