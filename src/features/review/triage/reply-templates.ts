import type { Concern } from '../../../lib/api'

export interface ReplyTemplate {
  id: string
  /** Short name on the button, e.g. "Received". */
  name: string
  text: string
}

/** Words in square brackets are for the chair to replace; a reply must not be sent with them. */
export const PLACEHOLDER = /\[[^\]]*\]/

const withFullStop = (text: string) =>
  /[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`

const lastStatusEvent = (concern: Concern) =>
  concern.events.findLast((event) => event.type === 'status-changed')

/**
 * Starting points for a reply to the councillor. Each says only what the record shows (the
 * reference, the status, who it was referred to, the reason it was closed); anything else is left
 * in square brackets for the chair to write. They are edited before sending, never sent as they are
 * without the chair pressing "Send reply".
 */
export function replyTemplatesFor(concern: Concern): ReplyTemplate[] {
  const ref = `reference ${concern.reference}`
  const last = lastStatusEvent(concern)
  const templates: ReplyTemplate[] = [
    {
      id: 'received',
      name: 'Received',
      text: `Thank you for raising this concern (${ref}). I have received it and will let you know what happens next.`,
    },
  ]
  if (concern.status === 'in-review') {
    templates.push({
      id: 'in-review',
      name: 'Being reviewed',
      text: `Your concern (${ref}) is being reviewed. I will write to you again when the review is complete.`,
    })
  }
  if (concern.status === 'referred' && last?.referredTo) {
    templates.push({
      id: 'referred',
      name: 'Referred',
      text: `Your concern (${ref}) has been referred to ${last.referredTo}. Thank you for raising it.`,
    })
  }
  if (concern.status === 'actioned') {
    templates.push({
      id: 'actioned',
      name: 'Actioned',
      text: `Action has been taken on your concern (${ref}): [say what was done]. Thank you for raising it.`,
    })
  }
  if (concern.status === 'closed' && last?.closeReason) {
    templates.push({
      id: 'closed',
      name: 'Closed',
      text: `Your concern (${ref}) has been closed. The reason: ${withFullStop(last.closeReason)} Thank you for raising it.`,
    })
  }
  templates.push({
    id: 'more-information',
    name: 'Ask for more information',
    text: `Thank you for raising this concern (${ref}). Could you tell me more about [what you would like to know]? Please do not include names or other details that could identify a child or family.`,
  })
  return templates
}
