import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import {
  apiRequest,
  apiSend,
  buildUrl,
  concernPageSchema,
  concernSchema,
} from '../../../src/lib/api'
import { replyTemplatesFor } from '../../../src/features/review/triage/reply-templates'
import { signInAs } from '../../helpers/mock-server'
import { renderApp } from '../../helpers/render-app'
import { patches, putInStatus, recordRequests, stored, openAction } from './review-helpers'

async function openConcern(id: string) {
  const rendered = renderApp({ url: `/review/${id}`, as: 'chair' })
  await screen.findByRole('heading', { level: 1, name: stored(id).title })
  return rendered
}

const templates = () =>
  within(screen.getByRole('list', { name: 'Start from a template' }))
    .getAllByRole('button')
    .map((button) => button.textContent?.replace('Use the template ', ''))
const replyBox = () => screen.getByRole('textbox', { name: 'Your reply' })

describe('reply templates', () => {
  it('offer only what fits the concern’s state, quoting only what the record holds', async () => {
    await openConcern('sample-08')
    expect(templates()).toEqual(['Received', 'Ask for more information'])

    const referred = replyTemplatesFor({ ...stored('sample-01'), unreadReplies: 0 })
    expect(referred.map((t) => t.name)).toEqual([
      'Received',
      'Referred',
      'Ask for more information',
    ])
    expect(referred[1]?.text).toBe(
      `Your concern (reference ${stored('sample-01').reference}) has been referred to Kingfisher Team. Thank you for raising it.`,
    )
    const closed = replyTemplatesFor({ ...stored('sample-03'), unreadReplies: 0 })
    expect(closed.find((t) => t.id === 'closed')?.text).toContain(
      'The reason: Shared with the early help service as background; nothing further for the Board. Thank you',
    )
    const inReview = replyTemplatesFor({ ...stored('sample-06'), unreadReplies: 0 })
    expect(inReview.map((t) => t.id)).toEqual(['received', 'in-review', 'more-information'])
  })

  it('fill the reply, which the chair edits before sending', async () => {
    const { user } = await openConcern('sample-08')
    const reference = stored('sample-08').reference
    await openAction(user, 'Reply to the councillor')
    await user.click(screen.getByRole('button', { name: 'Use the template Received' }))
    expect(replyBox()).toHaveFocus()
    expect(replyBox()).toHaveValue(
      `Thank you for raising this concern (reference ${reference}). I have received it and will let you know what happens next.`,
    )
    await openAction(user, 'Reply to the councillor')
    await user.type(replyBox(), ' I am away until Monday.')
    await user.click(screen.getByRole('button', { name: 'Send reply' }))
    await screen.findByText('Your reply was sent. The councillor will see it in My concerns.')
    expect(stored('sample-08').events.at(-1)).toMatchObject({
      type: 'reply',
      text: `Thank you for raising this concern (reference ${reference}). I have received it and will let you know what happens next. I am away until Monday.`,
    })
    expect(replyBox()).toHaveValue('')
  })

  it('never lose what the chair wrote: a template that replaced it can be undone', async () => {
    const { user } = await openConcern('sample-08')
    await openAction(user, 'Reply to the councillor')
    await user.type(replyBox(), 'My own words.')
    await openAction(user, 'Reply to the councillor')
    await user.click(screen.getByRole('button', { name: 'Use the template Received' }))
    expect(replyBox()).not.toHaveValue('My own words.')
    expect(screen.getByText(/The template replaced what you had written/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Bring back your text' }))
    expect(replyBox()).toHaveValue('My own words.')
  })

  it('refuse to send words left in square brackets, or nothing at all', async () => {
    const { user } = await openConcern('sample-08')
    await user.click(screen.getByRole('button', { name: 'Send reply' }))
    expect(await screen.findByText('Enter a reply to the councillor')).toBeInTheDocument()
    await user.click(
      screen.getByRole('button', { name: 'Use the template Ask for more information' }),
    )
    await user.click(screen.getByRole('button', { name: 'Send reply' }))
    expect(
      await screen.findByText('Replace the words in square brackets with your own before sending'),
    ).toBeInTheDocument()
    expect(stored('sample-08').events.some((e) => e.type === 'reply')).toBe(false)
    const text = (replyBox() as HTMLTextAreaElement).value.replace(
      '[what you would like to know]',
      'which evenings this happens',
    )
    await openAction(user, 'Reply to the councillor')
    await user.clear(replyBox())
    await openAction(user, 'Reply to the councillor')
    await user.type(replyBox(), text)
    await user.click(screen.getByRole('button', { name: 'Send reply' }))
    await screen.findByText('Your reply was sent. The councillor will see it in My concerns.')
    expect(stored('sample-08').events.at(-1)?.text).toContain('which evenings this happens')
  })
})

describe('hidden characters in what the chair writes', () => {
  it('are refused before sending, in the server’s words, and the text stays to be fixed', async () => {
    const requests = recordRequests()
    const { user } = await openConcern('sample-08')
    const pasted = 'Thank you \u202Efor raising this\u202C, we are looking into it.'
    await openAction(user, 'Reply to the councillor')
    await user.click(replyBox())
    await user.paste(pasted)
    await user.click(screen.getByRole('button', { name: 'Send reply' }))
    const message = 'Reply must not contain hidden characters that change the direction of text'
    expect(await screen.findByText(message)).toBeVisible()
    expect(replyBox()).toHaveValue(pasted)
    expect(replyBox()).toHaveAccessibleDescription(expect.stringContaining(message))
    expect(patches(requests)).toHaveLength(0)

    await openAction(user, 'Add an internal note')
    await user.click(screen.getByRole('textbox', { name: 'Add a note' }))
    await user.paste('Rang the\u0007district')
    await user.click(screen.getByRole('button', { name: 'Add note' }))
    expect(await screen.findByText('Note must not contain hidden control characters')).toBeVisible()
    expect(patches(requests)).toHaveLength(0)
  })
})

describe('the loop closes: what the councillor’s side of the API holds', () => {
  it('a status change and a reply reach the councillor, unread until they open it', async () => {
    const { user, unmount } = await openConcern('sample-07')
    await user.click(screen.getByRole('button', { name: 'Acknowledge' }))
    await screen.findByText('The concern is now acknowledged.')
    await openAction(user, 'Reply to the councillor')
    await user.type(replyBox(), 'Thank you. I will raise this at the next Board meeting.')
    await user.click(screen.getByRole('button', { name: 'Send reply' }))
    await screen.findByText('Your reply was sent. The councillor will see it in My concerns.')
    unmount()

    signInAs('cllr-banbury')
    const mine = (await apiRequest(concernPageSchema, '/concerns')).data
    const item = mine.items.find((i) => i.id === 'sample-07')
    expect(item).toMatchObject({ status: 'acknowledged', unreadReplies: 1, awaitingReply: false })
    const detail = (await apiRequest(concernSchema, '/concerns/sample-07')).data
    expect(detail.events.at(-1)).toMatchObject({
      type: 'reply',
      text: 'Thank you. I will raise this at the next Board meeting.',
    })
    await apiSend('/concerns/sample-07/read', { method: 'POST' })
    const after = (await apiRequest(concernPageSchema, '/concerns')).data
    expect(after.items.find((i) => i.id === 'sample-07')?.unreadReplies).toBe(0)
  })
})

describe('internal notes', () => {
  it('are kept for the chair and never sent to the councillor, in any response', async () => {
    putInStatus('sample-07', 'submitted')
    const { user, unmount } = await openConcern('sample-07')
    const note = 'Internal: check with the school nurse team before replying.'
    await openAction(user, 'Add an internal note')
    await user.type(screen.getByRole('textbox', { name: 'Add a note' }), note)
    await user.click(screen.getByRole('button', { name: 'Add note' }))
    await screen.findByText('Your note was added. Only you can see it.')
    const timeline = screen.getByRole('list', { name: 'Timeline' })
    expect(timeline).toHaveTextContent(note)
    expect(timeline).toHaveTextContent('Internal note')
    unmount()

    // The chair's own view has it.
    const forChair = (await apiRequest(concernSchema, '/concerns/sample-07')).data
    expect(forChair.events.some((e) => e.type === 'note' && e.text === note)).toBe(true)

    // The councillor's responses carry no trace of it: not the event, not the text.
    signInAs('cllr-banbury')
    for (const path of ['/concerns/sample-07', '/concerns']) {
      const response = await fetch(buildUrl(path), { headers: { Accept: 'application/json' } })
      expect(response.status).toBe(200)
      const body = await response.text()
      expect(body).not.toContain(note)
      expect(body).not.toContain('"note"')
    }
    const forAuthor = (await apiRequest(concernSchema, '/concerns/sample-07')).data
    expect(forAuthor.events.map((e) => e.type)).not.toContain('note')
  })
})

describe('lengths, counted as the server counts them', () => {
  // 1,000 emoji (two UTF-16 units each) and 500 letters with a combining accent (two code points
  // each): 2,000 characters to the server, 3,000 units to String.length.
  const atTheLimit = `${'😀'.repeat(1000)}${'e\u0301'.repeat(500)}`

  it('a reply of exactly the limit in emoji and accents is sent and stored whole', async () => {
    const { user } = await openConcern('sample-08')
    await openAction(user, 'Reply to the councillor')
    await user.click(replyBox())
    await user.paste(atTheLimit)
    expect(screen.getByText('You have 0 characters remaining')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Send reply' }))
    await screen.findByText('Your reply was sent. The councillor will see it in My concerns.')
    expect(stored('sample-08').events.at(-1)).toMatchObject({ type: 'reply', text: atTheLimit })
  })

  it('a note of exactly the limit in emoji and accents is added whole', async () => {
    const { user } = await openConcern('sample-08')
    const noteBox = screen.getByRole('textbox', { name: 'Add a note' })
    await openAction(user, 'Add an internal note')
    await user.click(noteBox)
    await user.paste(atTheLimit)
    await user.click(screen.getByRole('button', { name: 'Add note' }))
    await screen.findByText('Your note was added. Only you can see it.')
    expect(stored('sample-08').events.at(-1)).toMatchObject({ type: 'note', text: atTheLimit })
  })

  it('one character more is refused in the form, as the server would, and nothing is sent', async () => {
    const { user } = await openConcern('sample-08')
    const before = stored('sample-08').version
    await openAction(user, 'Reply to the councillor')
    await user.click(replyBox())
    await user.paste(`${atTheLimit}x`)
    await user.click(screen.getByRole('button', { name: 'Send reply' }))
    expect(
      (await screen.findAllByText(/Reply must be 2,000 characters or fewer/)).length,
    ).toBeGreaterThan(0)
    expect(replyBox()).toHaveValue(`${atTheLimit}x`)
    expect(stored('sample-08').version).toBe(before)
  })
})
