import { TextInput, type TextInputProps } from './text-input'

/**
 * One date, in the browser's own date picker (value YYYY-MM-DD). Enough for a filter, where a
 * day is picked from a calendar; a date someone must type from memory wants GOV.UK's three boxes.
 */
export function DateInput(props: Omit<TextInputProps, 'type' | 'spellCheck' | 'maxLength'>) {
  return <TextInput {...props} type="date" />
}
