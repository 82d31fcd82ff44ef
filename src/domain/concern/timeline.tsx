import type { ReactNode } from 'react'
import type { ConcernEvent, RedactableField } from '../../lib/api/schemas'
import './timeline.scss'

/**
 * What happened to a concern, oldest first: one line a step, its title in bold, who and when under
 * it, then any detail. The councillor and the chair each choose the steps and words they see.
 */
export function Timeline({ labelledBy, children }: { labelledBy?: string; children: ReactNode }) {
  return (
    <ol className="app-timeline" aria-labelledby={labelledBy}>
      {children}
    </ol>
  )
}

export function TimelineItem({
  title,
  meta,
  children,
}: {
  title: ReactNode
  meta: ReactNode
  children?: ReactNode
}) {
  return (
    <li className="app-timeline__item">
      <p className="app-timeline__title">{title}</p>
      <p className="app-timeline__meta">{meta}</p>
      {children}
    </li>
  )
}

/**
 * The texts the chair can remove details from, named as the councillor's form names its questions,
 * so both sides read the same words. A message is the councillor's or a reply of the chair's.
 */
export const REDACTABLE_FIELD_NAMES: Record<RedactableField, string> = {
  title: 'Title',
  details: 'What you noticed',
  location: 'Where in the division',
  message: 'a message',
}

/**
 * The title of a step of the conversation both sides see alike: the councillor adding information
 * ("You added information" to the author), and the chair removing details, which never says what
 * was removed. Null for any other step: each side words those itself. `viewerId` is the author's
 * when they are the one reading.
 */
export function conversationTitle(event: ConcernEvent, viewerId?: string): string | null {
  switch (event.type) {
    case 'message':
      return event.actor.id === viewerId
        ? 'You added information'
        : `${event.actor.name} added information`
    case 'redacted':
      return `The chair removed details that could identify someone from ${
        event.redactedField ? REDACTABLE_FIELD_NAMES[event.redactedField] : 'the concern'
      }`
    default:
      return null
  }
}

/** The councillor's message as they wrote it (after any redaction: "[removed]" stays visible). */
export function MessageText({ text }: { text: string }) {
  return <blockquote className="app-timeline__message">{text}</blockquote>
}
