import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { axe } from 'vitest-axe'
import { etagOf, type Concern, type ConcernStatus } from '../../../src/lib/api'
import { conflictDetails } from '../../../src/features/review/triage/status-actions'
import { renderApp } from '../../helpers/render-app'
import {
  changeBehindTheChairsBack,
  patches,
  recordRequests,
  stored,
  openAction,
} from './review-helpers'

async function openConcern(id: string) {
  const rendered = renderApp({ url: `/review/${id}`, as: 'chair' })
  await screen.findByRole('heading', { level: 1, name: stored(id).title })
  return rendered
}

const notice = () =>
  screen.findByRole('region', { name: 'This concern changed since you opened it' })

describe('a change made elsewhere since the chair loaded the concern (412)', () => {
  it('is never overwritten: the chair sees what changed, and cannot reapply a move no longer allowed', async () => {
    const requests = recordRequests()
    const { user, container } = await openConcern('sample-08')
    const seenVersion = stored('sample-08').version
    // Another chair session acknowledges it and replies while this page is open.
    changeBehindTheChairsBack('sample-08', {
      status: 'acknowledged',
      reply: 'Thank you, received.',
    })

    await user.click(screen.getByRole('button', { name: 'Acknowledge' }))
    const box = await notice()
    expect(
      within(box).getByRole('heading', { name: 'This concern changed since you opened it' }),
    ).toHaveFocus()
    expect(box).toHaveTextContent('Status: was Submitted, now Acknowledged')
    expect(box).toHaveTextContent('Demo Chair moved it from Submitted to Acknowledged')
    expect(box).toHaveTextContent('Demo Chair replied to the councillor')
    expect(box).toHaveTextContent('Thank you, received.')
    expect(box).toHaveTextContent('Acknowledge (move it to Acknowledged)')
    expect(box).toHaveTextContent('This change has already been made: the concern is acknowledged.')
    expect(within(box).queryByRole('button', { name: /Apply my change/ })).not.toBeInTheDocument()

    // One attempt, with the version the chair was looking at; the server kept the other change.
    expect(patches(requests).map((r) => r.headers.get('If-Match'))).toEqual([etagOf(seenVersion)])
    expect(stored('sample-08')).toMatchObject({ status: 'acknowledged', version: seenVersion + 1 })
    // The page now shows the latest version underneath.
    expect(screen.getAllByText('Acknowledged', { selector: '.govuk-tag' }).length).toBeGreaterThan(
      0,
    )
    expect(await axe(container)).toHaveNoViolations()

    await user.click(within(box).getByRole('button', { name: 'Discard my change' }))
    expect(
      screen.queryByRole('region', { name: 'This concern changed since you opened it' }),
    ).toBeNull()
    expect(screen.getByRole('button', { name: 'Start review' })).toBeInTheDocument()
    expect(patches(requests)).toHaveLength(1)
  })

  it('lets the chair reapply a reply on the new version, sending the new version', async () => {
    const requests = recordRequests()
    const { user } = await openConcern('sample-07')
    const seenVersion = stored('sample-07').version
    await user.type(
      screen.getByRole('textbox', { name: 'Your reply' }),
      'We are looking into this.',
    )
    changeBehindTheChairsBack('sample-07', { note: 'Checked with the education team.' })

    await user.click(screen.getByRole('button', { name: 'Send reply' }))
    const box = await notice()
    expect(box).toHaveTextContent('Status: still Submitted')
    expect(box).toHaveTextContent('Demo Chair added an internal note')
    expect(box).toHaveTextContent('Reply to the councillor: We are looking into this.')
    // The chair's words are still in the form.
    expect(screen.getByRole('textbox', { name: 'Your reply' })).toHaveValue(
      'We are looking into this.',
    )
    expect(stored('sample-07').events.some((e) => e.text === 'We are looking into this.')).toBe(
      false,
    )

    await user.click(
      within(box).getByRole('button', { name: 'Apply my change to the latest version' }),
    )
    expect(
      await screen.findByText('Your reply was sent. The councillor will see it in My concerns.'),
    ).toBeInTheDocument()
    expect(patches(requests).map((r) => r.headers.get('If-Match'))).toEqual([
      etagOf(seenVersion),
      etagOf(seenVersion + 1),
    ])
    const replies = stored('sample-07').events.filter((e) => e.text === 'We are looking into this.')
    expect(replies).toHaveLength(1)
    expect(screen.getByRole('textbox', { name: 'Your reply' })).toHaveValue('')
    expect(
      screen.queryByRole('region', { name: 'This concern changed since you opened it' }),
    ).toBeNull()
  })

  it('discarding a conflicting note clears it, and nothing is sent again', async () => {
    const requests = recordRequests()
    const { user } = await openConcern('sample-05')
    await openAction(user, 'Add an internal note')
    await user.type(screen.getByRole('textbox', { name: 'Add a note' }), 'Call the district.')
    changeBehindTheChairsBack('sample-05', { status: 'in-review' })
    await user.click(screen.getByRole('button', { name: 'Add note' }))
    const box = await notice()
    expect(box).toHaveTextContent('Status: was Acknowledged, now In review')
    await user.click(within(box).getByRole('button', { name: 'Discard my change' }))
    expect(screen.getByRole('textbox', { name: 'Add a note' })).toHaveValue('')
    expect(patches(requests)).toHaveLength(1)
    expect(stored('sample-05').events.some((e) => e.text === 'Call the district.')).toBe(false)
  })
})

describe('what the conflict notice says about the chair’s change', () => {
  const concern = (status: ConcernStatus, eventIds: string[]): Concern => ({
    ...stored('sample-08'),
    unreadReplies: 0,
    status,
    events: eventIds.map((id) => ({ ...stored('sample-08').events[0]!, id })),
  })

  it('explains a move the new status no longer allows, and lists only the new events', () => {
    const details = conflictDetails(
      concern('acknowledged', ['a', 'b']),
      concern('referred', ['a', 'b', 'c', 'd']),
      { status: 'in-review' },
    )
    expect(details).toMatchObject({
      statusBefore: 'acknowledged',
      statusNow: 'referred',
      canReapply: false,
      cannotReapplyBecause: 'The concern is now referred, so it cannot be moved to in review.',
    })
    expect(details.newEvents.map((e) => e.id)).toEqual(['c', 'd'])
  })

  it('lets a move still allowed, a reply or a note be applied again', () => {
    const seen = concern('in-review', ['a'])
    const current = concern('in-review', ['a', 'b'])
    expect(conflictDetails(seen, current, { status: 'actioned' }).canReapply).toBe(true)
    expect(conflictDetails(seen, current, { reply: 'Thanks' }).canReapply).toBe(true)
    expect(conflictDetails(seen, current, { note: 'Checked' }).canReapply).toBe(true)
  })
})
