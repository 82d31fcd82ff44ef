import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { addMessage, applyChange } from '../../../src/lib/backend/concern-records'
import { actorOf, personaById } from '../../../src/lib/backend/seed/personas'
import { renderApp } from '../../helpers/render-app'
import { cardFor, stored } from './review-helpers'

const councillorAdds = (id: string, text: string) => {
  const concern = stored(id)
  addMessage(concern, { at: new Date(), actor: concern.author, text }, () => `message-${id}`)
}

describe('the councillor’s answers, for the chair', () => {
  it('mark the concern “Councillor replied” in the queue, and a kept finding “Personal data flagged”', async () => {
    councillorAdds('sample-08', 'It happens on Tuesdays and Thursdays.')
    const flagged = stored('sample-06')
    flagged.personalData = [{ field: 'details', kind: 'name', match: 'Jamie Smith' }]
    flagged.personalDataFlagged = true
    renderApp({ url: '/review', as: 'chair' })

    const answered = await cardFor(stored('sample-08').title)
    expect(within(answered).getByText('Councillor replied')).toHaveClass('govuk-tag')
    expect(answered).not.toHaveTextContent('Personal data flagged')
    const withData = await cardFor(flagged.title)
    expect(within(withData).getByText('Personal data flagged')).toHaveClass('govuk-tag')
    expect(withData).not.toHaveTextContent('Councillor replied')
  })

  it('appear in the concern’s timeline, in the councillor’s words', async () => {
    const concern = stored('sample-08')
    applyChange(
      concern,
      {
        at: new Date(),
        actor: actorOf(personaById('chair')),
        reply: 'Could you tell me more about when it happens?',
      },
      () => 'reply-1',
    )
    councillorAdds('sample-08', 'It happens on Tuesdays and Thursdays.')
    renderApp({ url: '/review/sample-08', as: 'chair' })
    await screen.findByRole('heading', { level: 1, name: concern.title })
    const entries = within(screen.getByRole('list', { name: 'Timeline' })).getAllByRole('listitem')
    const last = entries.at(-1) as HTMLElement
    expect(last).toHaveTextContent(`${concern.author.name} added information`)
    expect(last).toHaveTextContent('It happens on Tuesdays and Thursdays.')
  })
})
