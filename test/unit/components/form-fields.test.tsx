import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import {
  CharacterCount,
  Checkbox,
  DivisionOptions,
  divisionsByDistrict,
  Radios,
  Select,
  TextInput,
} from '../../../src/components/form'
import type { Division } from '../../../src/lib/api'

function Counted({ maxLength }: { maxLength: number }) {
  const [value, setValue] = useState('')
  return (
    <CharacterCount
      id="words"
      label="Your words"
      hint="Plain words"
      value={value}
      onChange={setValue}
      maxLength={maxLength}
    />
  )
}

describe('the form-field kit', () => {
  it('ties the label, hint and error to the field, GOV.UK style', () => {
    render(
      <TextInput
        id="title"
        label="Title"
        hint="A few words"
        value=""
        onChange={() => {}}
        error="Enter a title"
      />,
    )
    const input = screen.getByRole('textbox', { name: 'Title' })
    expect(input).toHaveAccessibleDescription('A few words Error: Enter a title')
    expect(input).toHaveClass('govuk-input--error')
    expect(input.closest('.govuk-form-group')).toHaveClass('govuk-form-group--error')
    expect(screen.getByText('Enter a title', { exact: false })).toHaveClass('govuk-error-message')
  })

  it('leaves out what was not given', () => {
    render(<TextInput id="q" label="Search" value="" onChange={() => {}} />)
    const input = screen.getByRole('textbox', { name: 'Search' })
    expect(input).not.toHaveAttribute('aria-describedby')
    expect(input.closest('.govuk-form-group')).not.toHaveClass('govuk-form-group--error')
  })

  it('counts characters as the contract does: an emoji is one, a combining accent one more', async () => {
    const user = userEvent.setup()
    render(<Counted maxLength={6} />)
    const box = screen.getByRole('textbox', { name: 'Your words' })
    expect(box).toHaveAccessibleDescription('Plain words You can enter up to 6 characters')
    await user.click(box)
    // Two emoji (four UTF-16 units) and an e with a combining acute (two code points).
    await user.paste('😀😀e\u0301')
    expect(screen.getByText('You have 2 characters remaining')).toHaveClass('govuk-hint')
    await user.paste('xyz')
    const over = screen.getByText('You have 1 character too many')
    expect(over).toHaveClass('govuk-error-message')
    expect(box).toHaveClass('govuk-textarea--error')
    // Nothing is cut off: the text stays as they wrote it.
    expect(box).toHaveValue('😀😀e\u0301xyz')
  })

  it('gives radios a legend, item hints and a reveal for the chosen one', async () => {
    const user = userEvent.setup()
    function Choice() {
      const [value, setValue] = useState('')
      return (
        <Radios
          id="colour"
          name="colour"
          legend="Which colour?"
          hint="Pick one"
          value={value}
          onChange={setValue}
          error="Select a colour"
          options={[
            { value: 'red', label: 'Red', hint: 'Like a bus' },
            { value: 'blue', label: 'Blue', conditional: <p>Which blue?</p> },
          ]}
        />
      )
    }
    render(<Choice />)
    const group = screen.getByRole('group', { name: 'Which colour?' })
    expect(group).toHaveAccessibleDescription('Pick one Error: Select a colour')
    const red = within(group).getByRole('radio', { name: 'Red' })
    expect(red).toHaveAttribute('id', 'colour')
    expect(red).toHaveAccessibleDescription('Like a bus')
    expect(screen.queryByText('Which blue?')).not.toBeInTheDocument()
    await user.click(within(group).getByRole('radio', { name: 'Blue' }))
    expect(screen.getByText('Which blue?')).toBeVisible()
    expect(within(group).getByRole('radio', { name: 'Blue' })).toHaveAttribute('id', 'colour-2')
  })

  it('lets a lone checkbox carry its own error', () => {
    render(
      <Checkbox
        id="sure"
        label="I am sure"
        checked={false}
        onChange={() => {}}
        error="Confirm you are sure"
      />,
    )
    expect(screen.getByRole('checkbox', { name: 'I am sure' })).toHaveAccessibleDescription(
      'Error: Confirm you are sure',
    )
  })

  it('groups divisions by district, each A to Z', () => {
    const divisions: Division[] = [
      { id: 'w2', name: 'Witney South', district: 'West Oxfordshire', councillors: 1 },
      { id: 'b1', name: 'Banbury Ruscote', district: 'Cherwell', councillors: 1 },
      { id: 'w1', name: 'Chipping Norton', district: 'West Oxfordshire', councillors: 1 },
    ]
    expect(
      divisionsByDistrict(divisions).map(([district, list]) => [district, list.map((d) => d.name)]),
    ).toEqual([
      ['Cherwell', ['Banbury Ruscote']],
      ['West Oxfordshire', ['Chipping Norton', 'Witney South']],
    ])
    render(
      <Select id="division" label="Division" value="" onChange={() => {}}>
        <DivisionOptions divisions={divisions} />
      </Select>,
    )
    const select = screen.getByRole('combobox', { name: 'Division' })
    const west = within(select).getByRole('group', { name: 'West Oxfordshire' })
    expect(
      within(west)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Chipping Norton', 'Witney South'])
  })
})
