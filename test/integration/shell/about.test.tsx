import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { axe } from 'vitest-axe'
import { SAFEGUARDING_CONTACT_LIST } from '../../../src/lib/config/safeguarding-contacts'
import { renderApp } from '../../helpers/render-app'

const section = (name: string) => {
  const heading = screen.getByRole('heading', { level: 2, name })
  const texts: string[] = []
  for (let node = heading.nextElementSibling; node && node.tagName !== 'H2';) {
    texts.push(node.textContent ?? '')
    node = node.nextElementSibling
  }
  return texts.join(' ').replace(/\s+/g, ' ')
}

describe('about page', () => {
  it('is public, titled and free of axe violations', async () => {
    const { container } = renderApp({ url: '/about' })
    expect(await screen.findByRole('heading', { level: 1, name: 'About this app' })).toBeVisible()
    expect(document.title).toBe('About this app – Eyes and Ears')
    expect(await axe(container)).toHaveNoViolations()
  })

  it('lists its sections, each reachable from the contents', async () => {
    renderApp({ url: '/about' })
    const contents = await screen.findByRole('navigation', { name: 'On this page' })
    for (const link of within(contents).getAllByRole('link')) {
      const id = link.getAttribute('href')?.slice(1) ?? ''
      expect(document.getElementById(id), id).toHaveTextContent(link.textContent ?? '')
    }
  })

  it('points to the accessibility statement and gives the report’s contact as a phone button', async () => {
    const { user, router } = renderApp({ url: '/about' })
    await screen.findByRole('heading', { level: 1, name: 'About this app' })
    const accessibility = section('Accessibility')
    expect(accessibility).toContain('WCAG) version 2.2 at level AA')
    expect(accessibility).toContain('Hannah Farncombe, Safeguarding Manager')
    expect(accessibility).toContain('01865 815273')
    // The report prints the area code twice; the app shows the number once.
    expect(document.body.textContent).not.toContain('01865 01865')
    for (const link of screen.getAllByRole('link', { name: '01865 815273' })) {
      expect(link).toHaveAttribute('href', 'tel:01865815273')
      expect(link).toHaveClass('app-phone-link')
    }
    const main = screen.getByRole('main')
    await user.click(within(main).getByRole('link', { name: 'Accessibility statement' }))
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Accessibility statement for Eyes and Ears',
      }),
    ).toBeVisible()
    expect(router.state.location.pathname).toBe('/accessibility')
  })

  it('says how data is used: what is stored, the demo, drafts and the offline queue', async () => {
    renderApp({ url: '/about' })
    await screen.findByRole('heading', { level: 1, name: 'About this app' })
    const data = section('How your data is used')
    expect(data).toMatch(/sample data only/)
    expect(data).toMatch(/draft on this device/)
    expect(data).toMatch(/no signal.*sent once/)
    expect(data).toMatch(/Signing out removes/)
  })

  it('names the source of the content', async () => {
    renderApp({ url: '/about' })
    await screen.findByRole('heading', { level: 1, name: 'About this app' })
    const content = section('Where the content comes from')
    expect(content).toContain('21 October 2014')
    expect(content).toContain(
      'Annual Report of the Oxfordshire Safeguarding Children Board 2013-14',
    )
    expect(content).toContain('Director for Children, Education & Families, Jim Leivers')
  })

  it('gives the safeguarding numbers from the one config module', async () => {
    renderApp({ url: '/about' })
    await screen.findByRole('heading', { level: 1, name: 'About this app' })
    const warning = section('It is not for reporting a child at risk')
    for (const contact of SAFEGUARDING_CONTACT_LIST) {
      expect(warning).toContain(contact.display)
      expect(
        screen
          .getAllByRole('link', { name: contact.display })
          .every(
            (link) =>
              link.getAttribute('href') === `tel:${contact.dial}` &&
              link.classList.contains('app-phone-link'),
          ),
      ).toBe(true)
    }
  })
})
