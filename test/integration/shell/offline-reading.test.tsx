// Reading offline (decision 0016): what a councillor has seen is saved on the device, with who
// they are, so the app opens as them with no signal, shows what they read before under "You're
// offline – last updated …", and recovers by itself when the signal returns. A saved identity
// older than the limit is not used; the server checks it again as soon as it can be reached.
import { act, screen, waitFor, within } from '@testing-library/react'
import { onlineManager } from '@tanstack/react-query'
import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it } from 'vitest'
import { axe } from 'vitest-axe'
import { OFFLINE_IDENTITY_MAX_AGE_MS } from '../../../src/lib/config/offline'
import { QUERY_CACHE_STORAGE_KEY } from '../../../src/lib/query'
import { personaById } from '../../../src/lib/backend/seed/personas'
import { server, signInAs } from '../../helpers/mock-server'
import { renderApp, type RenderAppResult } from '../../helpers/render-app'

const NAME = personaById('cllr-banbury').name
const A_CONCERN = 'Evening youth session cut back'
/** "… 14:32" today, "… 30 November at 14:32" on an earlier day. */
const OFFLINE_NOTICE = /You're offline – last updated (\d+ [A-Z][a-z]+ at )?\d\d:\d\d/

const heading1 = (name: string | RegExp) => screen.findByRole('heading', { level: 1, name })
const notice = () => screen.queryByText(OFFLINE_NOTICE)

interface SavedQuery {
  queryKey: unknown[]
  state: { dataUpdatedAt: number }
}
const savedQueries = (): SavedQuery[] =>
  (
    JSON.parse(localStorage.getItem(QUERY_CACHE_STORAGE_KEY) ?? 'null') as {
      clientState: { queries: SavedQuery[] }
    } | null
  )?.clientState.queries ?? []

afterEach(() => onlineManager.setOnline(true))

/** Closes the app as a tab closing would (it saves at once), leaving only what was saved. */
function closeApp(app: RenderAppResult): void {
  act(() => {
    window.dispatchEvent(new Event('pagehide'))
  })
  app.unmount()
  app.queryClient.clear()
}

/** Online: signs in, reads My concerns and (unless told not to) one concern, then closes the app. */
async function readOnline({ openConcern = true } = {}): Promise<void> {
  const app = renderApp({ url: '/concerns', as: 'cllr-banbury' })
  await heading1('My concerns')
  await screen.findByRole('link', { name: A_CONCERN })
  if (openConcern) {
    await app.user.click(screen.getByRole('link', { name: A_CONCERN }))
    await heading1(new RegExp(A_CONCERN))
    await screen.findByRole('heading', { level: 2, name: 'What you sent' })
  }
  await waitFor(() =>
    expect(savedQueries().map((query) => query.queryKey[0])).toEqual(
      expect.arrayContaining(['session', 'concerns']),
    ),
  )
  closeApp(app)
}

/** Makes everything saved look `ageMs` old, as if the tablet had been put away that long. */
function ageSavedCache(ageMs: number): void {
  const saved = JSON.parse(localStorage.getItem(QUERY_CACHE_STORAGE_KEY) ?? '{}') as {
    clientState: { queries: SavedQuery[] }
  }
  for (const query of saved.clientState.queries) query.state.dataUpdatedAt -= ageMs
  localStorage.setItem(QUERY_CACHE_STORAGE_KEY, JSON.stringify(saved))
}

describe('reading offline what was read before', () => {
  it('opens as the same councillor with no signal, with the offline notice, and recovers by itself', async () => {
    await readOnline()

    onlineManager.setOnline(false)
    const app = renderApp({ url: '/concerns', as: 'cllr-banbury' })
    await heading1('My concerns')
    expect(await screen.findByRole('link', { name: A_CONCERN })).toBeVisible()
    expect(screen.getByRole('banner')).toHaveTextContent(NAME)
    const status = await screen.findByText(OFFLINE_NOTICE)
    expect(status.closest('[role="status"]')).not.toBeNull()
    expect(screen.queryByText(/Sorry/)).toBeNull()
    expect(await axe(app.container)).toHaveNoViolations()

    await app.user.click(screen.getByRole('link', { name: A_CONCERN }))
    await heading1(new RegExp(A_CONCERN))
    expect(screen.getByRole('heading', { level: 2, name: 'What you sent' })).toBeVisible()
    expect(notice()).not.toBeNull()

    // The signal returns: the page refreshes itself, and the notice goes without a button press.
    act(() => onlineManager.setOnline(true))
    await waitFor(() => expect(notice()).toBeNull())
    expect(screen.getByRole('heading', { level: 2, name: 'What you sent' })).toBeVisible()
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull()
  })

  it('keeps the page when a refresh finds no network, instead of an error page', async () => {
    const app = renderApp({ url: '/concerns', as: 'cllr-banbury' })
    await screen.findByRole('link', { name: A_CONCERN })
    server.use(http.get('*/api/v1/concerns', () => HttpResponse.error()))
    await act(() => app.queryClient.refetchQueries({ queryKey: ['concerns'] }))
    await screen.findByText(OFFLINE_NOTICE)
    expect(screen.getByRole('link', { name: A_CONCERN })).toBeVisible()
    expect(screen.queryByText(/could not be loaded/)).toBeNull()
  })

  it('says a page never read is not on the device, and shows it when the signal returns', async () => {
    // My concerns reads the divisions and risk themes, but not the objectives.
    await readOnline({ openConcern: false })

    onlineManager.setOnline(false)
    renderApp({ url: '/objectives', as: 'cllr-banbury' })
    await heading1('Objectives')
    const problem = await screen.findByRole('heading', {
      name: 'Sorry, the objectives could not be loaded',
    })
    const box = problem.parentElement as HTMLElement
    expect(box).toHaveAttribute('role', 'status')
    expect(box).toHaveTextContent(/You're offline.*load by itself when you are back online/)
    expect(within(box).queryByRole('button')).toBeNull()

    act(() => onlineManager.setOnline(true))
    await waitFor(() =>
      expect(screen.queryByText('Sorry, the objectives could not be loaded')).toBeNull(),
    )
    expect(await screen.findAllByRole('heading', { level: 2 })).not.toEqual([])
    expect(notice()).toBeNull()
  })

  it('does not pass another filter’s list off as one never read', async () => {
    await readOnline({ openConcern: false })

    onlineManager.setOnline(false)
    const { user } = renderApp({ url: '/concerns', as: 'cllr-banbury' })
    await screen.findByRole('link', { name: A_CONCERN })
    await user.click(screen.getByRole('link', { name: /^Referred/ }))
    await heading1('My concerns')
    await screen.findByRole('heading', { name: 'Sorry, your concerns could not be loaded' })
    expect(screen.queryByRole('link', { name: A_CONCERN })).toBeNull()

    act(() => onlineManager.setOnline(true))
    expect(await screen.findByRole('link', { name: /Teenagers offered lifts/ })).toBeVisible()
    expect(screen.queryByRole('link', { name: A_CONCERN })).toBeNull()
  })
})

describe('the identity kept for offline use', () => {
  it('is used just inside its limit', async () => {
    await readOnline()
    ageSavedCache(OFFLINE_IDENTITY_MAX_AGE_MS - 60_000)

    onlineManager.setOnline(false)
    renderApp({ url: '/concerns', as: 'cllr-banbury' })
    await heading1('My concerns')
    expect(await screen.findByRole('link', { name: A_CONCERN })).toBeVisible()
    expect(notice()).not.toBeNull()
  })

  it('past its limit, asks to sign in when back online and shows nothing of the user', async () => {
    await readOnline()
    ageSavedCache(OFFLINE_IDENTITY_MAX_AGE_MS + 60_000)

    onlineManager.setOnline(false)
    const app = renderApp({ url: '/concerns', as: 'cllr-banbury' })
    await heading1('You need to sign in when you are back online')
    expect(screen.getByRole('main')).toHaveTextContent(/in the last 12 hours/)
    expect(document.body).not.toHaveTextContent(NAME)
    expect(document.body).not.toHaveTextContent(A_CONCERN)
    expect(screen.queryByText(/Sorry, there is a problem/)).toBeNull()
    expect(await axe(app.container)).toHaveNoViolations()

    // Back online, the server still knows them: the page opens by itself.
    act(() => onlineManager.setOnline(true))
    await heading1('My concerns')
    expect(await screen.findByRole('link', { name: A_CONCERN })).toBeVisible()
  })

  it('with nothing saved, says the same instead of a generic error', async () => {
    onlineManager.setOnline(false)
    renderApp({ url: '/concerns', as: 'cllr-banbury' })
    await heading1('You need to sign in when you are back online')
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull()
  })

  it('is checked with the server on reconnect: a session that ended goes to sign-in, and the user’s pages are forgotten', async () => {
    await readOnline()

    onlineManager.setOnline(false)
    const app = renderApp({ url: '/concerns', as: 'cllr-banbury' })
    await screen.findByRole('link', { name: A_CONCERN })

    // The session ended on the server while the tablet had no signal.
    signInAs(null)
    act(() => onlineManager.setOnline(true))
    await heading1('Sign in')
    expect(document.body).not.toHaveTextContent(A_CONCERN)
    const personal = app.queryClient
      .getQueryCache()
      .getAll()
      .filter((query) => query.meta?.persist === 'personal' && query.state.data != null)
    expect(personal.map((query) => query.queryKey)).toEqual([])
    await waitFor(() =>
      expect(savedQueries().filter((query) => query.queryKey[0] !== 'reference')).toEqual([]),
    )
  })
})
