import type { ReactNode } from 'react'
import { fieldDescribedBy } from './described-by'
import { LabelledField, type FieldProps } from './labelled-field'
import './select.scss'

/** A GOV.UK select; `children` are its options and optgroups (see DivisionOptions). */
export function Select({
  value,
  onChange,
  name,
  className = '',
  children,
  ...field
}: FieldProps & {
  value: string
  onChange: (value: string) => void
  name?: string
  /** Classes for the select, e.g. a width. */
  className?: string
  children: ReactNode
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
        {children}
      </select>
    </LabelledField>
  )
}
