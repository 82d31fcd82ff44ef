import { act, screen, waitFor } from '@testing-library/react'
import { onlineManager } from '@tanstack/react-query'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createAppQueryClient } from '../../../src/app/query-client'
import { ApiError, apiRequest, parseRetryAfter, sessionUserSchema } from '../../../src/lib/api'
import {
  CACHE_BUSTER,
  clearAllClientState,
  onClearClientState,
  QUERY_CACHE_STORAGE_KEY,
  restoreSavedQueries,
  retryDelay,
  sessionKeys,
  shouldRetry,
} from '../../../src/lib/query'
import { OFFLINE_IDENTITY_MAX_AGE_MS } from '../../../src/lib/config/offline'
import { personaById, sessionUserOf } from '../../../src/lib/backend/seed/personas'
import { renderApp } from '../../helpers/render-app'
import { mockDb } from '../../helpers/mock-server'

/** The saved keys among this test's own queries (the app saves its session and count too). */
const savedOwnKeys = () =>
  saved()
    ?.clientState.queries.map((query) => query.queryKey)
    .filter((key) => ['reference-like', 'mine', 'unmarked'].includes(String(key[0])))

const saved = () =>
  JSON.parse(localStorage.getItem(QUERY_CACHE_STORAGE_KEY) ?? 'null') as {
    buster: string
    clientState: {
      queries: Array<{ queryKey: unknown[] }>
      mutations: Array<{
        mutationKey?: unknown[]
        state: { isPaused: boolean; variables: unknown }
      }>
    }
  } | null

afterEach(() => onlineManager.setOnline(true))

describe('retry policy', () => {
  const http = (status: number) => new ApiError({ kind: 'http', status, title: `HTTP ${status}` })

  it('retries only what may pass by itself, at most three times', () => {
    expect(shouldRetry(0, new ApiError({ kind: 'network', title: 'offline' }))).toBe(true)
    expect(shouldRetry(0, new ApiError({ kind: 'timeout', title: 'slow' }))).toBe(true)
    expect(shouldRetry(2, http(503))).toBe(true)
    expect(shouldRetry(3, http(503))).toBe(false)
    for (const status of [400, 401, 403, 404, 409, 412, 422, 428]) {
      expect(shouldRetry(0, http(status)), String(status)).toBe(false)
    }
    expect(shouldRetry(0, new Error('a bug'))).toBe(false)
    expect(shouldRetry(0, new ApiError({ kind: 'invalid-response', title: 'bad body' }))).toBe(
      false,
    )
  })

  it('waits longer each time', () => {
    expect([0, 1, 2, 3].map((attempt) => retryDelay(attempt))).toEqual([1000, 2000, 4000, 8000])
    expect(retryDelay(10)).toBe(30_000)
  })

  it('retries too many requests (429) after as long as Retry-After asks, up to 30 seconds', () => {
    const busy = (retryAfterMs?: number) =>
      new ApiError({ kind: 'http', status: 429, title: 'Too many requests', retryAfterMs })
    expect(shouldRetry(0, busy(5000))).toBe(true)
    expect(shouldRetry(3, busy(5000))).toBe(false)
    expect(retryDelay(0, busy(5000))).toBe(5000)
    expect(retryDelay(0, busy(600_000))).toBe(30_000)
    // Without Retry-After, the usual backoff.
    expect(retryDelay(1, busy())).toBe(2000)
  })

  it('reads Retry-After as whole seconds, and anything else as not said', () => {
    expect(parseRetryAfter('7')).toBe(7000)
    expect(parseRetryAfter(' 0 ')).toBe(0)
    for (const other of [null, '', 'soon', '-5', '1.5', 'Sun, 15 Mar 2026 12:00:30 GMT']) {
      expect(parseRetryAfter(other), String(other)).toBeUndefined()
    }
  })
})

describe('the cache saved on the device', () => {
  it('keeps shared queries, personal ones while recent, and nothing unmarked', async () => {
    const { queryClient } = renderApp({ url: '/about', as: 'cllr-banbury' })
    await screen.findByRole('heading', { level: 1, name: 'About this app' })
    await act(async () => {
      await queryClient.prefetchQuery({
        queryKey: ['reference-like'],
        queryFn: () => ['public'],
        meta: { persist: 'shared' },
      })
      await queryClient.prefetchQuery({
        queryKey: ['mine'],
        queryFn: () => ['my concern'],
        meta: { persist: 'personal' },
      })
      await queryClient.prefetchQuery({ queryKey: ['unmarked'], queryFn: () => ['the chair’s'] })
    })
    await waitFor(() => expect(savedOwnKeys()).toEqual([['reference-like'], ['mine']]))
    expect(saved()?.buster).toBe(CACHE_BUSTER)

    // A personal answer older than the offline limit is left out of the next save.
    act(() => {
      queryClient.setQueryData(['mine'], ['my concern'], {
        updatedAt: Date.now() - OFFLINE_IDENTITY_MAX_AGE_MS - 1,
      })
    })
    await waitFor(() => expect(savedOwnKeys()).toEqual([['reference-like']]))
  })

  it('forgets a user’s personal queries when someone else, or nobody, is signed in', async () => {
    const { queryClient } = renderApp({ url: '/about', as: 'cllr-banbury' })
    await screen.findByRole('heading', { level: 1, name: 'About this app' })
    const banbury = sessionUserOf(personaById('cllr-banbury'))
    const oxford = sessionUserOf(personaById('cllr-oxford'))
    const fill = () =>
      act(() => {
        queryClient.getQueryCache().build(queryClient, {
          queryKey: ['mine'],
          meta: { persist: 'personal' },
        })
        queryClient.setQueryData(['mine'], ['my concern'])
        queryClient.getQueryCache().build(queryClient, {
          queryKey: ['reference-like'],
          meta: { persist: 'shared' },
        })
        queryClient.setQueryData(['reference-like'], ['public'])
      })
    const keys = () =>
      queryClient
        .getQueryCache()
        .getAll()
        .filter((query) => query.state.data !== undefined)
        .map((query) => query.queryKey[0])

    act(() => {
      queryClient.setQueryData(sessionKeys.current(), banbury)
    })
    fill()
    act(() => {
      queryClient.setQueryData(sessionKeys.current(), oxford)
    })
    expect(keys()).not.toContain('mine')
    expect(keys()).toContain('reference-like')

    fill()
    act(() => {
      queryClient.setQueryData(sessionKeys.current(), null)
    })
    expect(keys()).not.toContain('mine')
    expect(keys()).toContain('reference-like')
  })

  it('signing in drops whatever a previous user left, but the shared content stays', async () => {
    const { queryClient, user } = renderApp({ url: '/sign-in' })
    await screen.findByRole('heading', { level: 1, name: 'Sign in' })
    act(() => {
      queryClient.getQueryCache().build(queryClient, {
        queryKey: ['left-behind'],
        meta: { persist: 'personal' },
      })
      queryClient.setQueryData(['left-behind'], ['their concern'])
      queryClient.setQueryData(['unmarked'], ['the chair’s queue'])
      queryClient.getQueryCache().build(queryClient, {
        queryKey: ['reference-like'],
        meta: { persist: 'shared' },
      })
      queryClient.setQueryData(['reference-like'], ['public'])
    })
    await user.click(await screen.findByRole('radio', { name: /Demo Councillor B/ }))
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    await waitFor(() => expect(mockDb().data.signedInUserId).toBe('cllr-oxford'))
    await waitFor(() => expect(queryClient.getQueryData(['left-behind'])).toBeUndefined())
    expect(queryClient.getQueryData(['unmarked'])).toBeUndefined()
    expect(queryClient.getQueryData(['reference-like'])).toEqual(['public'])
  })

  it('is read back before the first render, without replacing an answer newer than it', () => {
    const savedAt = Date.now() - 60_000
    const query = (key: string, data: string[]) => ({
      queryKey: [key],
      queryHash: `["${key}"]`,
      state: { data, status: 'success', dataUpdatedAt: savedAt },
    })
    localStorage.setItem(
      QUERY_CACHE_STORAGE_KEY,
      JSON.stringify({
        buster: CACHE_BUSTER,
        timestamp: savedAt,
        clientState: {
          mutations: [],
          queries: [query('reference-like', ['saved']), query('mine', ['saved, older'])],
        },
      }),
    )
    const queryClient = createAppQueryClient({ retry: false })
    // Asked for at start, before the saved copy is read (src/main.tsx).
    queryClient.setQueryData(['mine'], ['fetched just now'])

    restoreSavedQueries(queryClient)

    expect(queryClient.getQueryData(['reference-like'])).toEqual(['saved'])
    expect(queryClient.getQueryData(['mine'])).toEqual(['fetched just now'])
    // Once: reading it again would put back what the app has since removed.
    queryClient.removeQueries({ queryKey: ['reference-like'] })
    restoreSavedQueries(queryClient)
    expect(queryClient.getQueryData(['reference-like'])).toBeUndefined()
    queryClient.clear()
  })

  it('drops a cache saved by a build with another schema version', async () => {
    localStorage.setItem(
      QUERY_CACHE_STORAGE_KEY,
      JSON.stringify({
        buster: 'an-older-schema',
        timestamp: Date.now(),
        clientState: {
          mutations: [],
          queries: [
            {
              queryKey: ['reference-like'],
              queryHash: '["reference-like"]',
              state: { data: ['old shape'], status: 'success', dataUpdatedAt: Date.now() },
            },
          ],
        },
      }),
    )
    const { queryClient } = renderApp({ url: '/about' })
    await screen.findByRole('heading', { level: 1, name: 'About this app' })
    expect(queryClient.getQueryData(['reference-like'])).toBeUndefined()
  })

  it('keeps a mutation paused without signal across a reload, and sends it once when online', async () => {
    const KEY = ['test', 'sign-in-later']
    const send = vi.fn(
      async (variables: { personaId: string }) =>
        (await apiRequest(sessionUserSchema, '/session', { method: 'POST', body: variables })).data,
    )
    const withDefaults = () => {
      const client = createAppQueryClient({ retry: false })
      // As a feature's registration would, at start-up.
      client.setMutationDefaults(KEY, { mutationFn: send })
      return client
    }

    const first = renderApp({ url: '/about', queryClient: withDefaults() })
    await screen.findByRole('heading', { level: 1, name: 'About this app' })
    onlineManager.setOnline(false)
    const mutation = first.queryClient
      .getMutationCache()
      .build(first.queryClient, { mutationKey: KEY })
    void mutation.execute({ personaId: 'chair' }).catch(() => undefined)
    await waitFor(() => expect(mutation.state.isPaused).toBe(true))
    // Closing the tab saves at once, not after the persister's throttle.
    localStorage.removeItem(QUERY_CACHE_STORAGE_KEY)
    window.dispatchEvent(new Event('pagehide'))
    expect(saved()?.clientState.mutations).toHaveLength(1)
    await waitFor(() =>
      expect(saved()?.clientState.mutations).toEqual([
        expect.objectContaining({
          mutationKey: KEY,
          state: expect.objectContaining({
            isPaused: true,
            variables: { personaId: 'chair' },
          }) as unknown,
        }),
      ]),
    )
    expect(send).not.toHaveBeenCalled()

    // The app closes with no signal, and opens again later with signal.
    first.unmount()
    first.queryClient.getMutationCache().clear()
    onlineManager.setOnline(true)
    const second = renderApp({ url: '/about', queryClient: withDefaults() })
    await screen.findByRole('heading', { level: 1, name: 'About this app' })

    await waitFor(() => expect(mockDb().data.signedInUserId).toBe('chair'))
    expect(send).toHaveBeenCalledTimes(1)
    expect(send.mock.calls[0]?.[0]).toEqual({ personaId: 'chair' })
    await waitFor(() => expect(saved()?.clientState.mutations).toEqual([]))
    expect(second.queryClient.getMutationCache().getAll()[0]?.state.status).toBe('success')
  })
})

describe('clearing all client state', () => {
  it('empties the caches, the saved copy and whatever features registered', async () => {
    const { queryClient } = renderApp({ url: '/about' })
    await screen.findByRole('heading', { level: 1, name: 'About this app' })
    const forgetDrafts = vi.fn()
    const unregister = onClearClientState(forgetDrafts)
    queryClient.setQueryData(['anything'], 1)
    localStorage.setItem(QUERY_CACHE_STORAGE_KEY, 'saved')
    // Kept by no registered feature: forgotten all the same.
    localStorage.setItem('eyes-and-ears.something-new.v1', 'a name')
    sessionStorage.setItem('eyes-and-ears.message-draft.v1.c1', 'a message')
    // Another site's key on the same origin, and the demo's own back end, stay.
    localStorage.setItem('someone-else', 'theirs')
    localStorage.setItem('eyes-and-ears.mock-store.v1', '{}')

    act(() => clearAllClientState(queryClient))

    expect(queryClient.getQueryCache().getAll()).toEqual([])
    expect(localStorage.getItem(QUERY_CACHE_STORAGE_KEY)).toBeNull()
    expect(forgetDrafts).toHaveBeenCalledTimes(1)
    expect(Object.keys(localStorage).sort()).toEqual([
      'eyes-and-ears.mock-store.v1',
      'someone-else',
    ])
    expect(Object.keys(sessionStorage)).toEqual([])
    unregister()
    localStorage.removeItem('someone-else')
    localStorage.removeItem('eyes-and-ears.mock-store.v1')
  })
})
