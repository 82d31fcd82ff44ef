import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { axe } from 'vitest-axe'
import { renderApp } from '../../helpers/render-app'

/** The text under an h2 or h3, up to the next heading of that level or higher. */
function section(name: string, level: 2 | 3 = 2): string {
  const heading = screen.getByRole('heading', { level, name })
  const stops = level === 2 ? ['H1', 'H2'] : ['H1', 'H2', 'H3']
  const texts: string[] = []
  for (let node = heading.nextElementSibling; node && !stops.includes(node.tagName);) {
    texts.push(node.textContent ?? '')
    node = node.nextElementSibling
  }
  return texts.join(' ').replace(/\s+/g, ' ')
}

async function openStatement() {
  const app = renderApp({ url: '/accessibility' })
  await screen.findByRole('heading', {
    level: 1,
    name: 'Accessibility statement for Eyes and Ears',
  })
  return app
}

describe('the accessibility statement (/accessibility)', () => {
  it('is public, titled and free of axe violations', async () => {
    const { container } = await openStatement()
    expect(document.title).toBe('Accessibility statement – Eyes and Ears')
    expect(await axe(container)).toHaveNoViolations()
  })

  it('has the sections of the model statement for public sector bodies, in its order', async () => {
    await openStatement()
    const headings = screen
      .getAllByRole('heading', { level: 2 })
      .map((heading) => heading.textContent)
    expect(headings).toEqual([
      'How accessible this app is',
      'Feedback and contact information',
      'Reporting accessibility problems with this app',
      'Enforcement procedure',
      'Technical information about this app’s accessibility',
      'Non-accessible content',
      'What we’re doing to improve accessibility',
      'Preparation of this accessibility statement',
    ])
    expect(screen.getByRole('heading', { level: 3, name: 'Compliance status' })).toBeVisible()
  })

  it('states partial compliance with WCAG 2.2 AA and lists each known failure with its criterion', async () => {
    await openStatement()
    expect(section('Compliance status', 3)).toContain(
      'partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard',
    )
    const failures = section('Non-compliance with the accessibility regulations', 3)
    expect(failures).toMatch(/2\.2\.1 \(timing adjustable\)/)
    expect(section('How accessible this app is')).toMatch(/signed out after 30 minutes/)
  })

  it('gives a way to report a problem without inventing a contact', async () => {
    await openStatement()
    expect(section('Feedback and contact information')).toContain(
      'does not yet have an email address or phone line of its own',
    )
    const report = section('Reporting accessibility problems with this app')
    expect(report).toContain('Hannah Farncombe, Safeguarding Manager')
    for (const link of screen.getAllByRole('link', { name: '01865 815273' })) {
      expect(link).toHaveAttribute('href', 'tel:01865815273')
    }
    expect(screen.queryByText(/@/)).not.toBeInTheDocument()
  })

  it('names the enforcement procedure: the EHRC and the Equality Advisory and Support Service', async () => {
    await openStatement()
    expect(section('Enforcement procedure')).toContain(
      'The Equality and Human Rights Commission (EHRC) is responsible for enforcing',
    )
    expect(
      screen.getByRole('link', { name: 'Equality Advisory and Support Service (EASS)' }),
    ).toHaveAttribute('href', 'https://www.equalityadvisoryservice.com/')
  })

  it('says when it was prepared and how the app was tested', async () => {
    await openStatement()
    const preparation = section('Preparation of this accessibility statement')
    expect(preparation).toContain('This statement was prepared on 1 December 2026.')
    expect(preparation).toMatch(/axe-core/)
    expect(preparation).toMatch(/768 by 1024 and 1024 by 768/)
    expect(preparation).toMatch(/keyboard alone/)
  })

  it('is linked from the footer of every page', async () => {
    const { user, router } = renderApp({ url: '/about' })
    await screen.findByRole('heading', { level: 1, name: 'About this app' })
    const footer = screen.getByRole('contentinfo')
    await user.click(within(footer).getByRole('link', { name: 'Accessibility statement' }))
    await screen.findByRole('heading', {
      level: 1,
      name: 'Accessibility statement for Eyes and Ears',
    })
    expect(router.state.location.pathname).toBe('/accessibility')
  })
})
