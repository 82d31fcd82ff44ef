import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../../helpers/render-app'
import { continueToCheck, fillForm, passInterruption, typeInto } from './concern-helpers'

async function openForm() {
  const app = renderApp({ url: '/concerns/new', as: 'cllr-banbury' })
  await passInterruption(app.user)
  return app
}

const warningFor = (label: string) =>
  screen
    .getByLabelText(label)
    .closest('.govuk-form-group')
    ?.querySelector('.app-concerns-personal-data') ?? null

describe('the personal-data check', () => {
  it('says why identifying details matter before they type', async () => {
    await openForm()
    const why = document.querySelector('.app-why-personal')
    expect(why).toHaveTextContent(/Do not include anything that could identify a child or family/)
    expect(why).toHaveTextContent(/a worry about a particular child belongs with the MASH/)
  })

  it('warns as they type, once typing pauses, by the field that holds the details', async () => {
    const { user } = await openForm()
    await typeInto(
      user,
      'What did you notice?',
      'A boy called Jayden is often out late near OX16 5AB',
    )
    // Not at once: the check waits for a pause in typing.
    expect(warningFor('What did you notice?')).toBeNull()
    await waitFor(() => expect(warningFor('What did you notice?')).not.toBeNull())
    const warning = warningFor('What did you notice?') as HTMLElement
    expect(warning).toHaveTextContent('This may identify a child or family')
    expect(warning).toHaveTextContent('called Jayden')
    expect(warning).toHaveTextContent(/person’s name/)
    expect(warning).toHaveTextContent('OX16 5AB')
    expect(warning).toHaveTextContent(/postcode/)
    expect(screen.getByLabelText('What did you notice?')).toHaveAccessibleDescription(
      expect.stringContaining('This may identify a child or family') as string,
    )
    expect(screen.getByRole('status', { name: '' })).toBeDefined()
    expect(warningFor('Give it a short title')).toBeNull()

    // Taking the details out takes the warning away.
    await typeInto(user, 'What did you notice?', 'A boy is often out late near the town centre')
    await waitFor(() => expect(warningFor('What did you notice?')).toBeNull())
  })

  it('checks the title and the place too, and never flags the safeguarding numbers', async () => {
    const { user } = await openForm()
    await typeInto(user, 'Give it a short title', 'Family at 14 Acacia Road')
    await typeInto(user, 'Where in the division? (optional)', 'Reported to MASH on 0345 050 7666')
    await waitFor(() => expect(warningFor('Give it a short title')).not.toBeNull())
    expect(warningFor('Give it a short title')).toHaveTextContent('14 Acacia Road')
    expect(warningFor('Where in the division? (optional)')).toBeNull()
  })

  it('checks again on Continue, and lists what it found on check answers', async () => {
    const { user } = await openForm()
    await fillForm(user, { details: 'Her name is Ava and she is in Year 9 at the academy nearby.' })
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    // Continue checks at once (warnings do not stop them going on).
    await continueToCheck(user).catch(() => undefined)
    const findings = await screen.findByRole('region', { name: 'Check these before you send' })
    expect(findings).toHaveTextContent('name is Ava')
    expect(findings).toHaveTextContent(/school together with a year group/)
    expect(within(findings).getByRole('link', { name: /Change it/ })).toHaveAttribute(
      'href',
      '/concerns/new/details#details',
    )
  })

  it('asks for the confirmation even when nothing was found', async () => {
    const { user } = await openForm()
    await fillForm(user)
    await continueToCheck(user)
    expect(screen.queryByRole('region', { name: 'Check these before you send' })).toBeNull()
    expect(screen.getByRole('checkbox', { name: /I have removed names/ })).not.toBeChecked()
  })

  it('asks again after the text changes once confirmed', async () => {
    const { user } = await openForm()
    await fillForm(user)
    await continueToCheck(user)
    await user.click(screen.getByRole('checkbox', { name: /I have removed names/ }))
    await user.click(screen.getByRole('link', { name: /^Change\s*title$/ }))
    await typeInto(user, 'Give it a short title', 'A different title')
    await continueToCheck(user)
    expect(screen.getByRole('checkbox', { name: /I have removed names/ })).not.toBeChecked()
  })
})
