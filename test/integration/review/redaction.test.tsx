import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { axe } from 'vitest-axe'
import {
  occurrences,
  planEverywhere,
  redactableTexts,
  replan,
  requestsFor,
} from '../../../src/features/review/triage/redaction/redaction-plan'
import { addMessage } from '../../../src/lib/backend/concern-records'
import { actorOf, personaById } from '../../../src/lib/backend/seed/personas'
import { renderApp } from '../../helpers/render-app'
import { changeBehindTheChairsBack, recordRequests, stored, openAction } from './review-helpers'

const ID = 'sample-08'
const DETAILS =
  'Jamie Smith, aged 7, is often out alone near the Co-op after dark. Jamie Smith says his mum works nights.'

/** The concern as a councillor sent it after keeping two findings (decision 0014). */
function withKeptFindings() {
  const concern = stored(ID)
  concern.details = DETAILS
  concern.personalData = [
    { field: 'details', kind: 'name', match: 'Jamie Smith' },
    { field: 'details', kind: 'age', match: 'aged 7' },
  ]
  concern.personalDataFlagged = true
  return concern
}

async function openConcern() {
  const rendered = renderApp({ url: `/review/${ID}`, as: 'chair' })
  await screen.findByRole('heading', { level: 1, name: stored(ID).title })
  return rendered
}

const redactions = (seen: ReturnType<typeof recordRequests>) =>
  seen.filter((r) => r.method === 'POST' && r.url.pathname.endsWith('/redactions'))

/** The element holding one of the concern's texts, as the chair selects in it. */
const holder = (field: string) =>
  document.querySelector<HTMLElement>(`[data-redact-field="${field}"]`) as HTMLElement

/** The text node and offset in it where character `offset` of the element's text is. */
function pointAt(element: HTMLElement, offset: number): { node: Node; offset: number } {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
  let before = 0
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0
    if (offset <= before + length) return { node, offset: offset - before }
    before += length
  }
  throw new Error(`offset ${offset} is outside the text`)
}

/** Selects characters [start, end) of the element's text, across any marks inside it. */
function selectIn(element: HTMLElement, start: number, end: number) {
  const from = pointAt(element, start)
  const to = pointAt(element, end)
  document.getSelection()?.setBaseAndExtent(from.node, from.offset, to.node, to.offset)
  document.dispatchEvent(new Event('selectionchange'))
}

describe('personal data the councillor kept', () => {
  it('is listed with the rule’s reason and highlighted where it is in the submission', async () => {
    withKeptFindings()
    const { container } = await openConcern()
    const panel = screen.getByRole('region', { name: 'Personal data the councillor kept' })
    const items = within(panel).getAllByRole('listitem')
    expect(items).toHaveLength(2)
    expect(items[0]).toHaveTextContent('Jamie Smith in What you noticed')
    expect(items[0]).toHaveTextContent('This looks like a person’s name.')
    expect(items[1]).toHaveTextContent('aged 7 in What you noticed')
    expect(items[1]).toHaveTextContent('exact age')
    // Marked in the text itself, which still reads exactly as it was sent.
    const details = holder('details')
    expect(details.textContent).toBe(DETAILS)
    expect([...details.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
      'Jamie Smith',
      'aged 7',
      'Jamie Smith',
    ])
    expect(await axe(container)).toHaveNoViolations()
  })

  it('is removed for good with the button beside it, after confirming, against the version on screen', async () => {
    withKeptFindings()
    const seen = recordRequests()
    const { user } = await openConcern()
    const version = stored(ID).version
    await user.click(
      screen.getByRole('button', { name: 'Remove “Jamie Smith” from What you noticed' }),
    )
    const question = screen.getByRole('heading', {
      name: 'Remove “Jamie Smith” from What you noticed (2 places)?',
    })
    expect(question).toHaveFocus()
    expect(screen.getByText(/This cannot be undone/)).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Yes, remove it' }))

    const banner = await screen
      .findByText('“Jamie Smith” was removed from What you noticed (2 places).')
      .then((text) => text.closest<HTMLElement>('[role="status"]')!)
    await waitFor(() => expect(banner).toHaveFocus())
    expect(stored(ID).details).toBe(
      '[removed], aged 7, is often out alone near the Co-op after dark. [removed] says his mum works nights.',
    )
    // The last place first, each against the version the one before made.
    const sent = redactions(seen)
    expect(sent.map((r) => r.headers.get('If-Match'))).toEqual([`"${version}"`, `"${version + 1}"`])
    expect(holder('details')).toHaveTextContent('[removed], aged 7')
    const panel = screen.getByRole('region', { name: 'Personal data the councillor kept' })
    expect(within(panel).getAllByRole('listitem')).toHaveLength(1)
    expect(screen.getByRole('list', { name: 'Timeline' })).toHaveTextContent(
      'The chair removed details that could identify someone from What you noticed',
    )
  })

  it('is kept when the chair cancels', async () => {
    withKeptFindings()
    const seen = recordRequests()
    const { user } = await openConcern()
    await user.click(screen.getByRole('button', { name: 'Remove “aged 7” from What you noticed' }))
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(redactions(seen)).toHaveLength(0)
    expect(stored(ID).details).toBe(DETAILS)
  })
})

describe('removing any text', () => {
  it('removes exactly the selected text, even across a highlighted finding', async () => {
    withKeptFindings()
    const { user } = await openConcern()
    // "Smith, aged" starts inside one mark and ends inside another.
    const start = DETAILS.indexOf('Smith, aged')
    selectIn(holder('details'), start, start + 'Smith, aged'.length)
    const panel = screen.getByRole('region', { name: 'Remove identifying details' })
    await waitFor(() =>
      expect(panel).toHaveTextContent('Selected: “Smith, aged” in What you noticed'),
    )
    await openAction(user, 'Remove identifying details')
    await user.click(within(panel).getByRole('button', { name: /Remove selected text/ }))
    expect(
      screen.getByRole('heading', { name: 'Remove “Smith, aged” from What you noticed?' }),
    ).toHaveFocus()
    await user.click(screen.getByRole('button', { name: 'Yes, remove it' }))
    await screen.findByText('“Smith, aged” was removed from What you noticed.')
    expect(stored(ID).details).toBe(DETAILS.replace('Smith, aged', '[removed]'))
  })

  it('asks for a selection first', async () => {
    withKeptFindings()
    const { user } = await openConcern()
    await openAction(user, 'Remove identifying details')
    await user.click(screen.getByRole('button', { name: /Remove selected text/ }))
    expect(screen.getByText(/Select the text to remove first/)).toBeVisible()
  })

  it('removes typed text everywhere it appears, messages included, without a mouse', async () => {
    withKeptFindings()
    addMessage(
      stored(ID),
      {
        at: new Date(),
        actor: actorOf(personaById('cllr-didcot')),
        text: 'Jamie Smith was there again.',
      },
      () => 'message-1',
    )
    const { user } = await openConcern()
    const box = screen.getByRole('textbox', { name: 'The text to remove' })
    await user.click(screen.getByRole('button', { name: 'Remove text' }))
    expect(box).toHaveAccessibleDescription(expect.stringContaining('Enter the text to remove'))

    await user.type(box, 'Kidlington')
    await user.keyboard('{Enter}')
    expect(box).toHaveAccessibleDescription(
      expect.stringContaining('“Kidlington” is not in the concern or its messages'),
    )

    await user.clear(box)
    await user.type(box, 'Jamie Smith{Enter}')
    expect(
      screen.getByRole('heading', {
        name: 'Remove “Jamie Smith” from What you noticed (2 places) and the councillor’s message 1?',
      }),
    ).toHaveFocus()
    await user.tab()
    expect(screen.getByRole('button', { name: 'Yes, remove it' })).toHaveFocus()
    await user.keyboard('{Enter}')
    await screen.findByText(/“Jamie Smith” was removed from/)
    expect(stored(ID).details).not.toContain('Jamie Smith')
    expect(stored(ID).events.find((e) => e.id === 'message-1')?.text).toBe(
      '[removed] was there again.',
    )
  })

  it('shows a change made meanwhile as a conflict, and applies the removal to the latest version when asked', async () => {
    withKeptFindings()
    const { user } = await openConcern()
    changeBehindTheChairsBack(ID, { status: 'acknowledged' })
    await user.click(screen.getByRole('button', { name: 'Remove “aged 7” from What you noticed' }))
    await user.click(screen.getByRole('button', { name: 'Yes, remove it' }))
    const notice = await screen.findByRole('region', {
      name: 'This concern changed since you opened it',
    })
    expect(notice).toHaveTextContent('Remove “aged 7” from What you noticed')
    expect(stored(ID).details).toBe(DETAILS)
    await user.click(
      within(notice).getByRole('button', { name: 'Apply my change to the latest version' }),
    )
    await screen.findByText('“aged 7” was removed from What you noticed.')
    expect(stored(ID).details).toBe(DETAILS.replace('aged 7', '[removed]'))
  })
})

describe('a removal planned on an older version', () => {
  const concern = () => ({ ...stored(ID), unreadReplies: 0 })

  it('is found again in the latest when it was for every place, and refused when it was one selected place', () => {
    const before = { ...concern(), details: DETAILS }
    const after = { ...before, details: `Update. ${DETAILS}`, version: before.version + 1 }
    const everywhere = planEverywhere('Jamie Smith', redactableTexts(before))
    const again = replan(everywhere, after)
    expect(again.plan?.parts[0]?.ranges).toEqual(occurrences(after.details, 'Jamie Smith'))
    expect(requestsFor(again.plan!).map((r) => r.start)).toEqual([
      after.details.lastIndexOf('Jamie Smith'),
      after.details.indexOf('Jamie Smith'),
    ])

    const target = redactableTexts(before)[1]!
    const selected = {
      match: 'aged 7',
      everywhere: false,
      parts: [{ target, ranges: [{ start: 13, end: 19 }] }],
    }
    expect(replan(selected, after).reason).toBe(
      'What you noticed has changed since you selected the text: select it again.',
    )
    expect(replan(everywhere, { ...after, details: 'Nothing left.' }).reason).toBe(
      '“Jamie Smith” is no longer there: nothing needs removing.',
    )
  })
})
