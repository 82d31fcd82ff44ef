// Keeping queued concerns at sign-out, locked (issue 12): a councillor signing out with concerns
// waiting may keep them on the tablet, encrypted with the key the server gives only to them. What
// is left in storage has no readable text or user id; another councillor's sign-in leaves it
// alone; the author's next sign-in sends each once, under its own idempotency key.
import { act, screen, waitFor, within } from '@testing-library/react'
import { onlineManager } from '@tanstack/react-query'
import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { QUERY_CACHE_STORAGE_KEY, SEALED_OUTBOX_KEY_PREFIX } from '../../../src/lib/query'
import { recordConcernPosts } from '../../helpers/concern-posts'
import { mockDb, server } from '../../helpers/mock-server'
import { renderApp, type RenderAppResult } from '../../helpers/render-app'
import {
  confirmAndSend,
  continueToCheck,
  createdConcerns,
  fillForm,
  heading1,
  passInterruption,
} from './concern-helpers'

const TITLE = 'Teenagers gathering late at night'

const posts = recordConcernPosts()
afterEach(() => {
  onlineManager.setOnline(true)
})

/** Every key and value the app left in web storage, but the mock back end's own data. */
function deviceStorage(): Array<[string, string]> {
  const left: Array<[string, string]> = []
  for (const store of [localStorage, sessionStorage]) {
    for (let i = 0; i < store.length; i += 1) {
      const key = store.key(i)
      if (key && !key.startsWith('eyes-and-ears.mock-')) left.push([key, store.getItem(key) ?? ''])
    }
  }
  return left
}
const sealed = () => deviceStorage().filter(([key]) => key.startsWith(SEALED_OUTBOX_KEY_PREFIX))

const keyHeld = (app: RenderAppResult, userId: string) =>
  waitFor(() => expect(app.queryClient.getQueryData(['outbox-key', userId])).toBeDefined())

/** Banbury, signed in with signal (so the key is in memory), sends a concern with none. */
async function queueWithKey() {
  const app = renderApp({ url: '/concerns/new', as: 'cllr-banbury' })
  await passInterruption(app.user)
  await keyHeld(app, 'cllr-banbury')
  await fillForm(app.user)
  await continueToCheck(app.user)
  act(() => onlineManager.setOnline(false))
  await confirmAndSend(app.user)
  await heading1('Your concern is waiting to send')
  const saved = localStorage.getItem(QUERY_CACHE_STORAGE_KEY) ?? ''
  const key = /"idempotencyKey":"([^"]+)"/.exec(saved)?.[1]
  if (!key) throw new Error('not queued')
  return { app, key }
}

async function signOutKeeping(app: RenderAppResult) {
  await app.user.click(screen.getByRole('button', { name: 'Sign out' }))
  const warning = screen.getByRole('region', { name: /You have 1 concern waiting to send/ })
  expect(warning).toHaveTextContent('locked so that nobody else can read it')
  await app.user.click(
    within(warning).getByRole('button', {
      name: 'Keep it on this tablet, locked, and send it when I next sign in',
    }),
  )
  await waitFor(() => expect(mockDb().data.signedInUserId).toBeNull())
  await waitFor(() => expect(localStorage.getItem(QUERY_CACHE_STORAGE_KEY)).toBeNull())
}

function close(app: RenderAppResult) {
  app.unmount()
  app.queryClient.getMutationCache().clear()
}

describe('keeping queued concerns at sign-out, locked', () => {
  it('leaves nothing readable, is left alone by another councillor, and is sent once to its author', async () => {
    const { app, key } = await queueWithKey()
    await signOutKeeping(app)

    // One locked blob, and nothing anyone could read: no text, no user, no key.
    expect(sealed()).toHaveLength(1)
    const [[blobName, blob] = ['', '']] = sealed()
    const everything = JSON.stringify(deviceStorage())
    for (const readable of [TITLE, 'skate park', 'cllr-banbury', 'Banbury', key]) {
      expect(everything).not.toContain(readable)
    }
    expect(blob).toMatch(/^[A-Za-z0-9_-]+$/)
    close(app)

    // Oxford signs in with signal: their key does not open it; it stays, and nothing is sent.
    act(() => onlineManager.setOnline(true))
    const other = renderApp({ url: '/', as: 'cllr-oxford' })
    await keyHeld(other, 'cllr-oxford')
    await screen.findByRole('button', { name: 'Sign out' })
    await waitFor(() => expect(sealed()).toEqual([[blobName, blob]]))
    expect(screen.queryByRole('region', { name: 'Waiting to send' })).toBeNull()
    expect(posts.keys).toEqual([])
    await other.user.click(screen.getByRole('button', { name: 'Sign out' }))
    await heading1('Sign in')
    expect(sealed()).toEqual([[blobName, blob]])
    close(other)

    // Banbury is back: it is sent once, under the key it was queued with, and the blob goes.
    renderApp({ url: '/', as: 'cllr-banbury' })
    const sent = await screen.findByRole('alert', { name: 'Success' })
    expect(sent).toHaveTextContent('Your concern has been sent')
    expect(posts.keys).toEqual([key])
    expect(createdConcerns().map((c) => [c.title, c.author.id])).toEqual([[TITLE, 'cllr-banbury']])
    expect(sealed()).toEqual([])
  })

  it('says it needs a signal to lock them when the key never arrived', async () => {
    server.use(http.get('*/api/v1/session/outbox-key', () => HttpResponse.error()))
    const app = renderApp({ url: '/concerns/new', as: 'cllr-banbury' })
    await passInterruption(app.user)
    await fillForm(app.user)
    await continueToCheck(app.user)
    act(() => onlineManager.setOnline(false))
    await confirmAndSend(app.user)
    await heading1('Your concern is waiting to send')

    await app.user.click(screen.getByRole('button', { name: 'Sign out' }))
    const warning = screen.getByRole('region', { name: /You have 1 concern waiting to send/ })
    expect(warning).toHaveTextContent('To keep it on this tablet, locked, the app needs a signal')
    expect(within(warning).queryByRole('button', { name: /Keep it on this tablet/ })).toBeNull()
    await app.user.click(within(warning).getByRole('button', { name: 'Stay signed in' }))
    expect(mockDb().data.signedInUserId).toBe('cllr-banbury')
    act(() => onlineManager.setOnline(true))
    await heading1('Concern sent')
  })

  it('keeps everything, and says so, when storage is too full to lock them', async () => {
    const { app } = await queueWithKey()
    const setItem = localStorage.setItem.bind(localStorage)
    const full = (key: string, value: string) => {
      if (key.startsWith(SEALED_OUTBOX_KEY_PREFIX)) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      }
      setItem(key, value)
    }
    const spy = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(full)
    await app.user.click(screen.getByRole('button', { name: 'Sign out' }))
    await app.user.click(
      screen.getByRole('button', {
        name: 'Keep it on this tablet, locked, and send it when I next sign in',
      }),
    )
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'could not be locked on this tablet, because its storage is full',
    )
    spy.mockRestore()
    expect(mockDb().data.signedInUserId).toBe('cllr-banbury')
    expect(sealed()).toEqual([])
    act(() => onlineManager.setOnline(true))
    await heading1('Concern sent')
  })
})
