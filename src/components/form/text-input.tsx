import type { ReactNode } from 'react'
import { fieldDescribedBy } from './described-by'
import { LabelledField, type FieldProps } from './labelled-field'

export interface TextInputProps extends FieldProps {
  value: string
  onChange: (value: string) => void
  type?: 'text' | 'search' | 'date'
  /** Defaults to the id; a form whose ids are made unique (useId) still sends a plain name. */
  name?: string
  /** Classes for the input, e.g. a width. */
  className?: string
  maxLength?: number
  autoComplete?: string
  spellCheck?: boolean
  after?: ReactNode
  afterId?: string | undefined
}

export function TextInput({
  value,
  onChange,
  type = 'text',
  name,
  className = '',
  maxLength,
  autoComplete,
  spellCheck,
  after,
  afterId,
  ...field
}: TextInputProps) {
  const { id, hint, error } = field
  return (
    <LabelledField {...field} after={after}>
      <input
        className={`govuk-input ${className}${error ? ' govuk-input--error' : ''}`.trim()}
        id={id}
        name={name ?? id}
        type={type}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={fieldDescribedBy(id, { hint, error }, afterId)}
        maxLength={maxLength}
        autoComplete={autoComplete}
        spellCheck={spellCheck}
      />
    </LabelledField>
  )
}
