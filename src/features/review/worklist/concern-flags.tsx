import type { ConcernListItem } from '../../../lib/api'
import { OPEN_STATUSES, ageInWords } from '../labels'

type Flagged = Pick<
  ConcernListItem,
  'awaitingReply' | 'councillorReplied' | 'personalDataFlagged' | 'sample'
>

const WORDS = {
  long: {
    awaitingReply: 'Awaiting your reply',
    councillorReplied: 'Councillor replied',
    personalData: 'Personal data flagged',
    sample: 'Sample data',
  },
  // In the table's narrow column; the column's header says they are flags.
  short: {
    awaitingReply: 'Awaiting reply',
    councillorReplied: 'Councillor replied',
    personalData: 'Personal data',
    sample: 'Sample',
  },
} as const

/** The flags as short tags: the words carry the meaning, the colour only repeats it. */
export function ConcernFlags({
  item,
  words = 'long',
}: {
  item: Flagged
  words?: keyof typeof WORDS
}) {
  const text = WORDS[words]
  const flags = [
    item.awaitingReply && { text: text.awaitingReply, colour: 'orange' },
    item.councillorReplied && { text: text.councillorReplied, colour: 'blue' },
    item.personalDataFlagged && { text: text.personalData, colour: 'red' },
    item.sample && { text: text.sample, colour: 'grey' },
  ].filter((flag) => flag !== false)
  if (flags.length === 0) return null
  return (
    <ul className="app-review-flags" aria-label="Flags">
      {flags.map((flag) => (
        <li key={flag.text}>
          <strong className={`govuk-tag govuk-tag--${flag.colour} app-review-flags__tag`}>
            {flag.text}
          </strong>
        </li>
      ))}
    </ul>
  )
}

/**
 * How long an open concern has waited since anything last happened to it (what the "waiting" sort
 * orders by); a referred, actioned or closed one waits for nothing.
 */
export function waitingWords(
  item: Pick<ConcernListItem, 'status' | 'updatedAt'>,
  now: Date,
  /** In a column headed "Waiting" ("12 days"), or on its own ("Waiting 12 days"). */
  said: 'in-column' | 'alone' = 'in-column',
): string {
  if (!OPEN_STATUSES.includes(item.status)) return 'Not waiting'
  const age = ageInWords(item.updatedAt, now)
  if (said === 'alone') return age === 'today' ? 'Waiting since today' : `Waiting ${age}`
  return age === 'today' ? 'Since today' : age
}
