import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../../helpers/render-app'
import './board-helpers'

async function openObjectives() {
  const app = renderApp({ url: '/objectives', as: 'cllr-oxford' })
  await screen.findByRole('heading', { level: 1, name: 'Objectives' })
  await screen.findAllByRole('article')
  return app
}

const cardFor = (number: number): HTMLElement => {
  const card = screen
    .getAllByRole('article')
    .find((article) => article.querySelector('h2')?.textContent?.startsWith(`Objective ${number}`))
  if (!card) throw new Error(`No card for objective ${number}`)
  return card
}

describe('objective cards', () => {
  it('show the short title and summary, with the rest behind a disclosure', async () => {
    const { user } = await openObjectives()
    const card = cardFor(1)
    expect(within(card).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Objective 1: Safeguarding across the child’s journey',
    )
    expect(within(card).getByText('3 items of notable progress')).toBeVisible()
    const button = within(card).getByRole('button', { name: /full wording and progress/i })
    expect(button).toHaveAttribute('aria-expanded', 'false')
    const panel = document.getElementById(button.getAttribute('aria-controls') ?? '')
    expect(panel).not.toBeNull()
    expect(panel).not.toBeVisible()
    expect(within(card).getByText(/from universal, through early help/)).not.toBeVisible()
    expect(within(card).getByText('48.2%')).not.toBeVisible()

    await user.click(button)
    expect(within(card).getByText(/from universal, through early help/)).toBeVisible()
    expect(within(card).getByText('48.2%')).toBeVisible()
    expect(within(card).getByText('Sept 2014')).toBeVisible()
  })

  it('expand and collapse in place with a click or a tap', async () => {
    const { user } = await openObjectives()
    const card = cardFor(3)
    const button = within(card).getByRole('button', { name: /full wording and progress/i })
    await user.click(button)
    expect(button).toHaveAttribute('aria-expanded', 'true')
    expect(button).toHaveAccessibleName('Hide full wording and progress for objective 3')
    const panel = document.getElementById(button.getAttribute('aria-controls') ?? '')
    expect(panel).toBeVisible()
    expect(
      within(panel as HTMLElement).getByText(/own film on risk at the annual OSCB conference/),
    ).toBeVisible()
    // Other cards stay as they were.
    expect(
      within(cardFor(4)).getByRole('button', { name: /full wording and progress/i }),
    ).toHaveAttribute('aria-expanded', 'false')

    await user.click(button)
    expect(button).toHaveAttribute('aria-expanded', 'false')
    expect(panel).not.toBeVisible()
  })

  it('expand and collapse from the keyboard (Enter and Space)', async () => {
    const { user } = await openObjectives()
    const button = within(cardFor(2)).getByRole('button', { name: /full wording and progress/i })
    button.focus()
    await user.keyboard('{Enter}')
    expect(button).toHaveAttribute('aria-expanded', 'true')
    expect(screen.getByText(/the comprehensive auditing programme/)).toBeVisible()
    await user.keyboard(' ')
    expect(button).toHaveAttribute('aria-expanded', 'false')
    expect(button).toHaveFocus()
  })
})
