import { act, screen, waitFor, within } from '@testing-library/react'
import { onlineManager } from '@tanstack/react-query'
import { http } from 'msw'
import { afterEach, describe, expect, it } from 'vitest'
import { injectedFault, validationFailed } from '../../../src/lib/backend/problems'
import { QUERY_CACHE_STORAGE_KEY } from '../../../src/lib/query'
import { recordConcernPosts } from '../../helpers/concern-posts'
import { mockDb, server } from '../../helpers/mock-server'
import { renderApp } from '../../helpers/render-app'
import {
  CHECK_HEADING,
  confirmAndSend,
  continueTo,
  continueToCheck,
  createdConcerns,
  DETAILS,
  fillForm,
  FORM_HEADING,
  heading1,
  HOW_HEADING,
  passInterruption,
  REPLY_HEADING,
  REPORTED_HEADING,
  savedShelf,
  THEME_HEADING,
  THEME_LABEL,
  WHAT_HEADING,
} from './concern-helpers'

const posts = recordConcernPosts()
afterEach(() => {
  onlineManager.setOnline(true)
})

async function readyToSend(url = '/concerns/new') {
  const app = renderApp({ url, as: 'cllr-banbury' })
  await passInterruption(app.user)
  await fillForm(app.user)
  await continueToCheck(app.user)
  return app
}

const answerRow = (key: string) =>
  screen.getByText(key, { selector: 'dt' }).closest('.govuk-summary-list__row') as HTMLElement

describe('check answers', () => {
  it('shows every answer with a Change link that goes back to the field, keeping everything', async () => {
    const { user, router } = await readyToSend()
    expect(within(answerRow('Division')).getByText('Banbury Calthorpe')).toBeVisible()
    expect(answerRow('What it is about')).toHaveTextContent(THEME_LABEL)
    expect(answerRow('What it is about')).toHaveTextContent('Risk theme: Adolescent vulnerability')
    expect(answerRow('Related objective')).toHaveTextContent('None, or not sure')
    expect(answerRow('What you noticed')).toHaveTextContent(DETAILS)
    expect(answerRow('How you came to know')).toHaveTextContent('At a surgery')
    expect(answerRow('Reply wanted')).toHaveTextContent('Yes')

    await user.click(within(answerRow('Where in the division')).getByRole('link'))
    await heading1(FORM_HEADING)
    expect(router.state.location.hash).toBe('#location')
    expect(router.state.location.search).toBe('?change=1')
    await waitFor(() =>
      expect(screen.getByLabelText('Where in the division? (optional)')).toHaveFocus(),
    )
    await user.clear(screen.getByLabelText('Where in the division? (optional)'))
    await continueToCheck(user)
    expect(answerRow('Where in the division')).toHaveTextContent('Not given')
    // Every other answer is as it was.
    expect(answerRow('Title')).toHaveTextContent('Teenagers gathering late at night')
    expect(answerRow('How you came to know')).toHaveTextContent('At a surgery')
  })
})

describe('sending', () => {
  it('sends once, with an idempotency key, and confirms with the reference', async () => {
    const { user, router } = await readyToSend()
    await confirmAndSend(user)
    await heading1('Concern sent')
    expect(router.state.location.pathname).toBe('/concerns/new/sent')
    const [concern] = createdConcerns()
    expect(createdConcerns()).toHaveLength(1)
    expect(concern).toMatchObject({
      divisionId: 'banbury-calthorpe',
      themeId: 'adolescent-vulnerability',
      subThemeId: 'child-sexual-exploitation',
      objectiveId: null,
      title: 'Teenagers gathering late at night',
      details: DETAILS,
      location: 'Near the skate park',
      source: 'surgery',
      alreadyReported: 'no',
      wantsReply: true,
      author: { id: 'cllr-banbury' },
    })
    expect(screen.getByText(concern?.reference ?? 'missing')).toBeVisible()
    expect(posts.keys).toHaveLength(1)
    expect(posts.keys[0]).toMatch(/^[0-9a-f-]{36}$/)
    expect(mockDb().data.idempotency[`cllr-banbury:${posts.keys[0]}`]?.concernId).toBe(concern?.id)
    expect(screen.getByRole('heading', { name: 'What happens next' })).toBeVisible()
    expect(screen.getByRole('main')).toHaveTextContent(/independent chair/)
    expect(
      within(screen.getByRole('main')).getAllByRole('link', { name: '0345 050 7666' })[0],
    ).toHaveAttribute('href', 'tel:03450507666')
    expect(document.title).toBe('Concern sent – Eyes and Ears')
    // Sent from this page: no success banner on top of the confirmation.
    expect(screen.queryByRole('region', { name: 'Waiting to send' })).toBeNull()
    expect(screen.queryByText('Your concern has been sent')).toBeNull()

    await user.click(screen.getByRole('link', { name: 'View your concern' }))
    await heading1(new RegExp('Teenagers gathering late at night'))
    expect(router.state.location.pathname).toBe(`/concerns/${concern?.id}`)
  })

  it('starts afresh after sending, and leaves no draft behind', async () => {
    const { user } = await readyToSend()
    await confirmAndSend(user)
    await heading1('Concern sent')
    expect(savedShelf('cllr-banbury')).toBeNull()
    await user.click(screen.getByRole('link', { name: 'Raise another concern' }))
    await passInterruption(user)
    expect(screen.getByLabelText('Where in the division? (optional)')).toHaveValue('')
    expect(screen.queryByRole('region', { name: 'Unsent concern' })).toBeNull()
  })

  it('shows the server’s 422 field errors on the form, the same way, with the answers kept', async () => {
    server.use(
      http.post(
        '*/api/v1/concerns',
        () =>
          validationFailed({
            title: ['Title must be 5 characters or more'],
            divisionId: ['Choose a division from the list'],
            _form: ['The server could not accept this concern as it is.'],
          }),
        { once: true },
      ),
    )
    const { user, router } = await readyToSend()
    await confirmAndSend(user)
    // The first page with a refused answer, with its errors (and the request's) only.
    await heading1(FORM_HEADING)
    expect(router.state.location.pathname).toBe('/concerns/new/where')
    const summary = await screen.findByRole('alert')
    expect(
      within(summary)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'The server could not accept this concern as it is.',
      'Choose a division from the list',
    ])
    await waitFor(() => expect(summary.parentElement).toHaveFocus())
    expect(document.title).toBe(`Error: ${FORM_HEADING} – Eyes and Ears`)
    await user.click(within(summary).getByRole('link', { name: 'Choose a division from the list' }))
    expect(screen.getByLabelText('Which division is it in?')).toHaveFocus()
    // Nothing was stored, and the answers are safe on the device meanwhile.
    expect(createdConcerns()).toHaveLength(0)
    expect(savedShelf('cllr-banbury')?.draft?.returned?.reason).toBe('invalid')

    // The title's refusal waits on its own page.
    await continueTo(user, THEME_HEADING)
    await continueTo(user, WHAT_HEADING)
    const title = screen.getByLabelText('Give it a short title')
    expect(title).toHaveValue('Teenagers gathering late at night')
    expect(title.closest('.govuk-form-group')).toHaveTextContent(
      'Error: Title must be 5 characters or more',
    )
    // Sent again as it was: under the same key, since the body is the same.
    await continueTo(user, HOW_HEADING)
    await continueTo(user, REPORTED_HEADING)
    await continueTo(user, REPLY_HEADING)
    await continueToCheck(user)
    await user.click(screen.getByRole('button', { name: 'Send concern' }))
    await heading1('Concern sent')
    expect(createdConcerns()).toHaveLength(1)
    expect(new Set(posts.keys).size).toBe(1)
  })

  it('keeps a 422 about the confirmations as a whole on check answers', async () => {
    server.use(
      http.post(
        '*/api/v1/concerns',
        () => validationFailed({ personalDataOverrides: ['Confirm at most 50 details'] }),
        { once: true },
      ),
    )
    const { user } = await readyToSend()
    await confirmAndSend(user)
    const summary = await screen.findByRole('alert')
    expect(summary).toHaveTextContent('Confirm at most 50 details')
    await heading1(CHECK_HEADING)
  })

  it('says it does not know when the server fails, keeps the answers, and resends under the same key', async () => {
    server.use(http.post('*/api/v1/concerns', () => injectedFault(503), { once: true }))
    const { user } = await readyToSend()
    await confirmAndSend(user)
    // A 5xx may come after the concern was stored, so the app does not claim it was not.
    const notice = await screen.findByRole('alert')
    expect(notice).toHaveTextContent('We do not know if your concern was sent')
    expect(notice).toHaveTextContent(
      'The server had a problem. It may have arrived. Send it again to find out: if it did arrive, you will get its reference, and it will not be stored twice.',
    )
    expect(screen.queryByText(/has not been sent/)).toBeNull()
    await heading1(CHECK_HEADING)
    expect(createdConcerns()).toHaveLength(0)
    await user.click(screen.getByRole('button', { name: 'Send concern' }))
    await heading1('Concern sent')
    expect(createdConcerns()).toHaveLength(1)
    expect(posts.keys).toHaveLength(2)
    expect(posts.keys[0]).toBe(posts.keys[1])
  })

  it('retries a 5xx by itself, with backoff and the same key, and stores one concern', async () => {
    server.use(http.post('*/api/v1/concerns', () => injectedFault(503), { once: true }))
    const app = renderApp({ url: '/concerns/new', as: 'cllr-banbury', retries: true })
    await passInterruption(app.user)
    await fillForm(app.user)
    await continueToCheck(app.user)
    await confirmAndSend(app.user)
    await screen.findByRole('heading', { level: 1, name: 'Concern sent' }, { timeout: 8000 })
    expect(posts.keys).toHaveLength(2)
    expect(posts.keys[0]).toBe(posts.keys[1])
    expect(createdConcerns()).toHaveLength(1)
  })
})

describe('with no signal', () => {
  const savedMutations = () =>
    (
      JSON.parse(localStorage.getItem(QUERY_CACHE_STORAGE_KEY) ?? 'null') as {
        clientState: { mutations: Array<{ state: { variables: { idempotencyKey: string } } }> }
      } | null
    )?.clientState.mutations ?? []

  it('queues the concern, says so on every page, and sends it once after a reload', async () => {
    const first = await readyToSend()
    act(() => onlineManager.setOnline(false))
    await confirmAndSend(first.user)
    await heading1('Your concern is waiting to send')
    const banner = screen.getByRole('region', { name: 'Waiting to send' })
    expect(banner).toHaveTextContent('1 concern is waiting to send')
    expect(posts.keys).toEqual([])

    // Every page shows it.
    await act(() => first.router.navigate('/objectives'))
    await screen.findByRole('heading', { level: 1, name: /objectives/i })
    expect(screen.getByRole('region', { name: 'Waiting to send' })).toBeVisible()
    await act(() => first.router.navigate('/concerns'))
    await heading1('My concerns')
    expect(
      within(screen.getByRole('region', { name: 'Waiting to send' })).getByText(
        '1 concern is waiting to send',
      ),
    ).toBeVisible()
    expect(screen.getByRole('heading', { name: 'Not sent yet', level: 2 })).toBeVisible()
    // The draft went with it: the concern now lives in the queue.
    expect(savedShelf('cllr-banbury')).toBeNull()

    // The app is closed with no signal…
    window.dispatchEvent(new Event('pagehide'))
    const [queued] = savedMutations()
    const key = queued?.state.variables.idempotencyKey
    expect(key).toMatch(/^[0-9a-f-]{36}$/)
    first.unmount()
    first.queryClient.getMutationCache().clear()

    // …and opened again with signal.
    act(() => onlineManager.setOnline(true))
    renderApp({ url: '/', as: 'cllr-banbury' })
    const sent = await screen.findByRole('alert', { name: 'Success' })
    expect(sent).toHaveTextContent('Your concern has been sent')
    const [concern] = createdConcerns()
    expect(createdConcerns()).toHaveLength(1)
    expect(sent).toHaveTextContent(`Reference ${concern?.reference}`)
    expect(posts.keys).toEqual([key])
    expect(mockDb().data.idempotency[`cllr-banbury:${key}`]?.concernId).toBe(concern?.id)
    await waitFor(() => expect(savedMutations()).toEqual([]))
    expect(screen.queryByRole('region', { name: 'Waiting to send' })).toBeNull()

    await first.user.click(within(sent).getByRole('button', { name: 'Hide this message' }))
    expect(screen.queryByRole('alert', { name: 'Success' })).toBeNull()
  })

  it('turns the waiting page into the confirmation when the signal comes back', async () => {
    const { user } = await readyToSend()
    act(() => onlineManager.setOnline(false))
    await confirmAndSend(user)
    await heading1('Your concern is waiting to send')
    act(() => onlineManager.setOnline(true))
    await heading1('Concern sent')
    expect(createdConcerns()).toHaveLength(1)
    // Announced on the page itself, so no banner repeats it.
    expect(screen.queryByRole('alert', { name: 'Success' })).toBeNull()
  })

  it('never sends it as someone else signed in on the same device', async () => {
    const first = await readyToSend()
    act(() => onlineManager.setOnline(false))
    await confirmAndSend(first.user)
    await heading1('Your concern is waiting to send')
    window.dispatchEvent(new Event('pagehide'))
    first.unmount()
    first.queryClient.getMutationCache().clear()

    act(() => onlineManager.setOnline(true))
    renderApp({ url: '/', as: 'cllr-oxford' })
    await waitFor(() =>
      expect(savedShelf('cllr-banbury')?.draft?.returned?.reason).toBe('other-user'),
    )
    expect(posts.keys).toEqual([])
    expect(createdConcerns()).toHaveLength(0)
    // Kept for its author, who finds it as an unsent draft.
    expect(savedShelf('cllr-banbury')?.draft?.answers.title).toBe(
      'Teenagers gathering late at night',
    )
    expect(screen.queryByRole('alert', { name: 'Not sent' })).toBeNull()
  })
})

describe('signing out with concerns waiting', () => {
  it('warns first: staying keeps them, going deletes them and never sends them', async () => {
    const { user } = await readyToSend()
    act(() => onlineManager.setOnline(false))
    await confirmAndSend(user)
    await heading1('Your concern is waiting to send')

    await user.click(screen.getByRole('button', { name: 'Sign out' }))
    const warning = screen.getByRole('region', { name: /You have 1 concern waiting to send/ })
    expect(warning).toHaveFocus()
    expect(warning).toHaveTextContent('deleted from this device and never sent')
    await user.click(within(warning).getByRole('button', { name: 'Stay signed in' }))
    expect(screen.queryByRole('region', { name: /waiting to send on this device/ })).toBeNull()
    expect(screen.getByRole('button', { name: 'Sign out' })).toHaveFocus()
    expect(mockDb().data.signedInUserId).toBe('cllr-banbury')

    await user.click(screen.getByRole('button', { name: 'Sign out' }))
    await user.click(screen.getByRole('button', { name: 'Sign out and delete it' }))
    await heading1('Sign in')
    expect(mockDb().data.signedInUserId).toBeNull()
    act(() => onlineManager.setOnline(true))
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(posts.keys).toEqual([])
    expect(createdConcerns()).toHaveLength(0)
    expect(localStorage.getItem(QUERY_CACHE_STORAGE_KEY) ?? '').not.toContain('Teenagers')
  })

  it('signs out at once when nothing is waiting', async () => {
    const { user } = renderApp({ url: '/concerns', as: 'cllr-banbury' })
    await heading1('My concerns')
    await user.click(screen.getByRole('button', { name: 'Sign out' }))
    await heading1('Sign in')
  })
})
