import type { ReactNode } from 'react'
import { fieldDescribedBy } from './described-by'
import { LabelledField, type FieldProps } from './labelled-field'
import './select.scss'

export interface SelectOption {
  value: string
  label: string
}

/**
 * A GOV.UK select: `options` first, then `children` for what a list cannot say (optgroups, see
 * DivisionOptions, or an option for a value the list does not hold yet).
 */
export function Select({
  value,
  onChange,
  name,
  className = '',
  options = [],
  children,
  ...field
}: FieldProps & {
  value: string
  onChange: (value: string) => void
  name?: string
  /** Classes for the select, e.g. a width. */
  className?: string
  options?: readonly SelectOption[]
  children?: ReactNode
}) {
  const { id, hint, error } = field
  return (
    <LabelledField {...field}>
      <select
        className={`govuk-select app-select-field ${className}${error ? ' govuk-select--error' : ''}`.trim()}
        id={id}
        name={name ?? id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={fieldDescribedBy(id, { hint, error })}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        {children}
      </select>
    </LabelledField>
  )
}
