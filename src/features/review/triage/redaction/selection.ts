import type { RedactableField } from '../../../../lib/api'
import type { Range } from './redaction-plan'

/*
 * Text the chair selects (mouse or touch) in one of the concern's texts. Each text is rendered in
 * an element marked with data-redact-field (and data-redact-event for a message or reply) whose
 * text content is exactly the stored text; highlighted findings are <mark> elements inside it.
 * Offsets are counted as the contract counts them: UTF-16 code units from the start of the text.
 */

export const REDACT_FIELD_ATTRIBUTE = 'data-redact-field'
export const REDACT_EVENT_ATTRIBUTE = 'data-redact-event'

export interface SelectedText extends Range {
  field: RedactableField
  eventId?: string
  text: string
}

/** Props that mark an element as holding one redactable text. */
export const redactableProps = (field: RedactableField, eventId?: string) => ({
  [REDACT_FIELD_ATTRIBUTE]: field,
  ...(eventId !== undefined ? { [REDACT_EVENT_ATTRIBUTE]: eventId } : {}),
})

const holderOf = (node: Node | null): HTMLElement | null => {
  const element = node instanceof HTMLElement ? node : (node?.parentElement ?? null)
  return element?.closest<HTMLElement>(`[${REDACT_FIELD_ATTRIBUTE}]`) ?? null
}

/** How many characters of `holder`'s text come before the point (node, offset). */
function offsetWithin(holder: HTMLElement, node: Node, offset: number): number {
  const range = holder.ownerDocument.createRange()
  range.selectNodeContents(holder)
  range.setEnd(node, offset)
  return range.toString().length
}

/**
 * The selection as a range of one redactable text; null when nothing is selected, or the
 * selection is not inside exactly one such text.
 */
export function selectedText(selection: Selection | null): SelectedText | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null
  const range = selection.getRangeAt(0)
  const holder = holderOf(range.startContainer)
  if (!holder || holder !== holderOf(range.endContainer)) return null
  const field = holder.getAttribute(REDACT_FIELD_ATTRIBUTE) as RedactableField
  const eventId = holder.getAttribute(REDACT_EVENT_ATTRIBUTE) ?? undefined
  let start = offsetWithin(holder, range.startContainer, range.startOffset)
  let end = offsetWithin(holder, range.endContainer, range.endOffset)
  const full = holder.textContent ?? ''
  // A selection dragged past a word usually takes the space after it: keep only the words.
  while (start < end && /\s/.test(full[start] ?? '')) start += 1
  while (end > start && /\s/.test(full[end - 1] ?? '')) end -= 1
  if (end <= start) return null
  return {
    field,
    ...(eventId !== undefined ? { eventId } : {}),
    start,
    end,
    text: full.slice(start, end),
  }
}
