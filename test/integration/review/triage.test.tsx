import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { axe } from 'vitest-axe'
import { http, HttpResponse } from 'msw'
import {
  apiRequest,
  concernSchema,
  etagOf,
  isApiError,
  STATUS_MOVES,
  STATUSES,
  type ConcernStatus,
} from '../../../src/lib/api'
import {
  STATUS_ACTIONS,
  type TargetStatus,
} from '../../../src/features/review/triage/status-actions'
import { mockDb, server } from '../../helpers/mock-server'
import { renderApp } from '../../helpers/render-app'
import { patches, putInStatus, recordRequests, stored, openAction } from './review-helpers'

const ACTION_LABELS = ['Acknowledge', 'Start review', 'Refer', 'Mark as actioned', 'Close']

/** The buttons of the "Change the status" section. */
const statusSection = () => screen.getByRole('region', { name: /^(Change the status|Status)$/ })
const offeredMoves = () =>
  within(statusSection())
    .queryAllByRole('button')
    .map((button) => button.textContent)

async function openConcern(id: string) {
  const rendered = renderApp({ url: `/review/${id}`, as: 'chair' })
  await screen.findByRole('heading', { level: 1, name: stored(id).title })
  return rendered
}

const statusTitle = (status: ConcernStatus) => STATUS_ACTIONS[status as TargetStatus].label

describe('the concern page', () => {
  it('shows the concern in full and its timeline, internal notes marked', async () => {
    await openConcern('sample-04')
    const concern = stored('sample-04')
    expect(screen.getByText(concern.reference, { selector: '.govuk-caption-l' })).toBeVisible()
    const facts = screen.getByText('What they noticed').closest('dl')!
    expect(facts).toHaveTextContent(concern.details)
    expect(facts).toHaveTextContent('DivisionBanbury Ruscote')
    expect(facts).toHaveTextContent('Risk themeSomething else')
    expect(facts).toHaveTextContent('Wants a reply')
    const timeline = screen.getByRole('list', { name: 'Timeline' })
    const entries = within(timeline).getAllByRole('listitem')
    expect(entries[0]).toHaveTextContent('Demo Councillor A raised the concern')
    expect(timeline).toHaveTextContent('Demo Chair moved it from Acknowledged to In review')
    const note = entries.find((entry) => entry.textContent?.includes('added an internal note'))
    expect(note).toHaveTextContent('Internal note The councillor never sees this.')
    expect(note).toHaveTextContent('Ask the youth service whether sessions elsewhere')
    await waitFor(() =>
      expect(document.title).toBe(`${concern.reference}: ${concern.title} – Eyes and Ears`),
    )
  })

  it.each(STATUSES)('offers exactly the moves the rules allow from %s', async (status) => {
    putInStatus('sample-08', status)
    await openConcern('sample-08')
    const allowed = STATUS_MOVES[status].map(statusTitle)
    expect(offeredMoves()).toEqual(allowed)
    for (const label of ACTION_LABELS.filter((l) => !allowed.includes(l))) {
      expect(within(statusSection()).queryByRole('button', { name: label })).not.toBeInTheDocument()
    }
    if (allowed.length === 0) {
      expect(statusSection()).toHaveTextContent('Its status cannot change any more')
    }
  })

  it('acknowledges with If-Match of the version on screen, and says so', async () => {
    const requests = recordRequests()
    const { user } = await openConcern('sample-08')
    const version = stored('sample-08').version
    await user.click(screen.getByRole('button', { name: 'Acknowledge' }))
    expect(await screen.findByText('The concern is now acknowledged.')).toBeInTheDocument()
    expect(stored('sample-08')).toMatchObject({ status: 'acknowledged', version: version + 1 })
    const [sent] = patches(requests)
    expect(sent?.headers.get('If-Match')).toBe(etagOf(version))
    expect(JSON.parse(sent?.body ?? '{}')).toEqual({ status: 'acknowledged' })
    // The page moves on with the concern: the next allowed move is offered.
    await waitFor(() => expect(offeredMoves()).toEqual(['Start review']))
    // The confirmation is beside the action, polite, and takes focus (no banner at the top).
    const confirmation = within(statusSection()).getByRole('status')
    expect(confirmation).toHaveTextContent('The concern is now acknowledged.')
    expect(confirmation).toHaveFocus()
  })

  it('starts a review and marks a concern as actioned, each a version apart', async () => {
    const requests = recordRequests()
    const { user } = await openConcern('sample-05')
    const start = stored('sample-05').version
    await user.click(screen.getByRole('button', { name: 'Start review' }))
    await screen.findByText('The concern is now in review.')
    await user.click(await screen.findByRole('button', { name: 'Mark as actioned' }))
    await screen.findByText('The concern is now actioned.')
    expect(stored('sample-05')).toMatchObject({ status: 'actioned', version: start + 2 })
    expect(patches(requests).map((r) => r.headers.get('If-Match'))).toEqual([
      etagOf(start),
      etagOf(start + 1),
    ])
    expect(offeredMoves()).toEqual([])
  })

  it('refers only after asking to whom and confirming', async () => {
    const { user } = await openConcern('sample-06')
    await user.click(screen.getByRole('button', { name: 'Refer' }))
    expect(screen.getByRole('heading', { name: 'Refer the concern' })).toHaveFocus()
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(await screen.findByText('Enter who the concern is referred to')).toBeInTheDocument()
    await user.type(
      screen.getByRole('textbox', { name: 'Who are you referring it to?' }),
      'Multi-Agency Safeguarding Hub',
    )
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    const question = screen.getByRole('heading', {
      name: `Are you sure you want to refer ${stored('sample-06').reference} to Multi-Agency Safeguarding Hub?`,
    })
    expect(question).toHaveFocus()
    // Nothing is sent before "Yes".
    expect(stored('sample-06').status).toBe('in-review')
    await user.click(screen.getByRole('button', { name: 'Yes, refer it' }))
    expect(
      await screen.findByText('The concern was referred to Multi-Agency Safeguarding Hub.'),
    ).toBeInTheDocument()
    expect(stored('sample-06').status).toBe('referred')
    expect(stored('sample-06').events.at(-1)).toMatchObject({
      type: 'status-changed',
      toStatus: 'referred',
      referredTo: 'Multi-Agency Safeguarding Hub',
    })
  })

  it('closes with a reason after confirming, and "No, go back" sends nothing', async () => {
    const { user } = await openConcern('sample-04')
    await user.click(screen.getByRole('button', { name: 'Close' }))
    await user.type(
      screen.getByRole('textbox', { name: 'Why are you closing it?' }),
      'Youth sessions restored; nothing further for the Board.',
    )
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await user.click(screen.getByRole('button', { name: 'No, go back' }))
    expect(screen.getByRole('textbox', { name: 'Why are you closing it?' })).toHaveValue(
      'Youth sessions restored; nothing further for the Board.',
    )
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await user.click(screen.getByRole('button', { name: 'Yes, close it' }))
    await screen.findByText('The concern is now closed.')
    expect(stored('sample-04')).toMatchObject({ status: 'closed' })
    expect(stored('sample-04').events.at(-1)?.closeReason).toBe(
      'Youth sessions restored; nothing further for the Board.',
    )
  })

  it('cancelling a referral leaves the concern as it was', async () => {
    const requests = recordRequests()
    const { user } = await openConcern('sample-06')
    await user.click(screen.getByRole('button', { name: 'Refer' }))
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(offeredMoves()).toEqual(['Refer', 'Mark as actioned', 'Close'])
    expect(patches(requests)).toHaveLength(0)
  })
})

describe('refused status moves', () => {
  it.each(
    STATUSES.flatMap((from) =>
      STATUSES.filter((to) => to !== from && !STATUS_MOVES[from].includes(to)).map(
        (to) => [from, to] as const,
      ),
    ),
  )('the server refuses %s → %s with 422', async (from, to) => {
    putInStatus('sample-08', from)
    mockDb().data.signedInUserId = 'chair'
    const { version } = stored('sample-08')
    const body = {
      status: to,
      ...(to === 'referred' ? { referredTo: 'The MASH' } : {}),
      ...(to === 'closed' ? { closeReason: 'No further action' } : {}),
    }
    const refused = await apiRequest(concernSchema, '/concerns/sample-08', {
      method: 'PATCH',
      body,
      headers: { 'If-Match': etagOf(version) },
    }).catch((error: unknown) => error)
    expect(isApiError(refused) && refused.status).toBe(422)
    expect(isApiError(refused) && refused.fieldErrors.status?.[0]).toMatch(
      /cannot be moved|already/,
    )
    expect(stored('sample-08')).toMatchObject({ status: from, version })
  })

  it('shows the server’s words when it refuses a move, and changes nothing on screen', async () => {
    server.use(
      http.patch('*/api/v1/concerns/:id', () =>
        HttpResponse.json(
          {
            type: 'https://eyes-and-ears.example/problems/validation',
            title: 'There is a problem with what was sent',
            status: 422,
            errors: { status: ['A concern that is submitted cannot be moved to acknowledged'] },
          },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    )
    const { user } = await openConcern('sample-08')
    await user.click(screen.getByRole('button', { name: 'Acknowledge' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'A concern that is submitted cannot be moved to acknowledged',
    )
    expect(stored('sample-08').status).toBe('submitted')
    expect(offeredMoves()).toEqual(['Acknowledge'])
  })

  it('keeps the chair’s words when there is no connection', async () => {
    server.use(http.patch('*/api/v1/concerns/:id', () => HttpResponse.error()))
    const { user } = await openConcern('sample-07')
    await openAction(user, 'Reply to the councillor')
    await user.type(screen.getByRole('textbox', { name: 'Your reply' }), 'We are looking at this.')
    await user.click(screen.getByRole('button', { name: 'Send reply' }))
    const reply = screen.getByRole('region', { name: 'Reply to the councillor' })
    // No answer might mean the change was made and the answer lost: it does not claim otherwise.
    expect(await within(reply).findByRole('alert')).toHaveTextContent(
      'The app could not reach the server. You may be offline: try again when you have signal. Your change may or may not have been saved: send it again as it is, and it will not be saved twice.',
    )
    expect(screen.getByRole('textbox', { name: 'Your reply' })).toHaveValue(
      'We are looking at this.',
    )
  })
})

describe('the concern page has no axe violations', () => {
  it('as loaded, and at the confirmation of a closure', async () => {
    const { container, user } = await openConcern('sample-04')
    await screen.findByText(/Objective|None given/, { selector: 'dd' })
    expect(await axe(container)).toHaveNoViolations()
    await user.click(screen.getByRole('button', { name: 'Close' }))
    await user.type(
      screen.getByRole('textbox', { name: 'Why are you closing it?' }),
      'No more to do.',
    )
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(await axe(container)).toHaveNoViolations()
  })

  it('shows a page not found for a concern that does not exist', async () => {
    renderApp({ url: '/review/no-such-concern', as: 'chair' })
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
  })
})
