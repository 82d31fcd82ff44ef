import {
  STATUS_MOVES,
  type Concern,
  type ConcernEvent,
  type ConcernStatus,
  type UpdateConcernRequest,
} from '../../../lib/api'
import { formatDateTime, STATUS_LABELS } from '../labels'
import { lazyDateFormat } from '../../../lib/format/date-format'

export type TargetStatus = Exclude<ConcernStatus, 'submitted'>

export interface StatusAction {
  to: TargetStatus
  /** The choice as the chair reads it, e.g. "Start review". */
  label: string
  hint: string
  /** Refer and close end the concern's journey: the chair confirms them first. */
  serious: boolean
}

export const STATUS_ACTIONS: Record<TargetStatus, StatusAction> = {
  acknowledged: {
    to: 'acknowledged',
    label: 'Acknowledge',
    hint: 'The councillor sees that it has been received.',
    serious: false,
  },
  'in-review': {
    to: 'in-review',
    label: 'Start review',
    hint: 'You are looking into it.',
    serious: false,
  },
  referred: {
    to: 'referred',
    label: 'Refer',
    hint: 'Pass it to another agency or team, and say which.',
    serious: true,
  },
  actioned: {
    to: 'actioned',
    label: 'Mark as actioned',
    hint: 'Something has been done about it.',
    serious: false,
  },
  closed: {
    to: 'closed',
    label: 'Close',
    hint: 'Nothing more will be done, and you give the reason.',
    serious: true,
  },
}

/** Exactly the moves the status rules allow from this status, in the rules' order. */
export const actionsFor = (status: ConcernStatus): StatusAction[] =>
  STATUS_MOVES[status].map((to) => STATUS_ACTIONS[to as TargetStatus])

export const isAllowedMove = (from: ConcernStatus, to: ConcernStatus): boolean =>
  STATUS_MOVES[from].includes(to)

/** One line for a timeline entry, e.g. "Demo Chair moved it from Submitted to Acknowledged". */
export function eventSummary(event: ConcernEvent): string {
  const who = event.actor.name
  switch (event.type) {
    case 'submitted':
      return `${who} raised the concern`
    case 'status-changed': {
      const to = event.toStatus ? STATUS_LABELS[event.toStatus] : 'another status'
      const from = event.fromStatus ? STATUS_LABELS[event.fromStatus] : null
      return from ? `${who} moved it from ${from} to ${to}` : `${who} moved it to ${to}`
    }
    case 'reply':
      return `${who} replied to the councillor`
    case 'note':
      return `${who} added an internal note`
    case 'message':
      return `${who} added information`
    case 'redacted':
      return `${who} removed details that could identify someone`
  }
}

const clock = lazyDateFormat('en-GB', {
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
  timeZone: 'Europe/London',
})

/** "at 2:05pm" today, otherwise "on 3 March 2026 at 2:05pm". */
function whenWords(iso: string, now: Date): string {
  const day = (date: Date) => date.toLocaleDateString('en-GB', { timeZone: 'Europe/London' })
  const at = new Date(iso)
  return day(at) === day(now)
    ? `at ${clock.format(at).replace(/\s/g, '').toLowerCase()}`
    : `on ${formatDateTime(iso)}`
}

const DID: Record<ConcernEvent['type'], string> = {
  submitted: 'raised it',
  'status-changed': 'changed its status',
  reply: 'replied',
  note: 'added a note',
  message: 'added information',
  redacted: 'removed details',
}

/**
 * Who changed the concern and when, newest first, from the events that came after the version the
 * chair loaded: "Demo Chair replied at 2:05pm", or "You (in another tab or device) replied at
 * 2:05pm" when it was the chair themselves. Null when the log has no new event to name.
 */
export function changedBy(
  newEvents: readonly ConcernEvent[],
  userId: string,
  now: Date = new Date(),
): string | null {
  const newest = [...newEvents].sort((a, b) => b.at.localeCompare(a.at))
  if (newest.length === 0) return null
  const words = newest.map((event) => {
    const who = event.actor.id === userId ? 'You (in another tab or device)' : event.actor.name
    return `${who} ${DID[event.type]} ${whenWords(event.at, now)}`
  })
  return words.length === 1 ? words[0]! : `${words.slice(0, -1).join(', ')} and ${words.at(-1)!}`
}

/** What the chair asked for, in words, to show beside a conflict. */
export function changeSummary(change: UpdateConcernRequest): string[] {
  const lines: string[] = []
  if (change.status) {
    const action = STATUS_ACTIONS[change.status as TargetStatus]
    lines.push(`${action.label} (move it to ${STATUS_LABELS[change.status]})`)
  }
  if (change.referredTo) lines.push(`Referred to: ${change.referredTo}`)
  if (change.closeReason) lines.push(`Reason for closing: ${change.closeReason}`)
  if (change.reply) lines.push(`Reply to the councillor: ${change.reply}`)
  if (change.note) lines.push(`Internal note: ${change.note}`)
  return lines
}

export interface ConflictDetails {
  statusBefore: ConcernStatus
  statusNow: ConcernStatus
  /** Timeline entries that appeared since the chair loaded the concern, oldest first. */
  newEvents: ConcernEvent[]
  /** Whether the chair's change still makes sense on the latest version. */
  canReapply: boolean
  /** Why it cannot, in words. */
  cannotReapplyBecause: string | null
}

/** Compares what the chair saw with what the server holds now, for the chair's change. */
export function conflictDetails(
  seen: Concern,
  current: Concern,
  change: UpdateConcernRequest,
): ConflictDetails {
  const seenIds = new Set(seen.events.map((event) => event.id))
  const now = STATUS_LABELS[current.status].toLowerCase()
  const blocked =
    change.status === undefined || isAllowedMove(current.status, change.status)
      ? null
      : change.status === current.status
        ? `This change has already been made: the concern is ${now}.`
        : `The concern is now ${now}, so it cannot be moved to ${STATUS_LABELS[change.status].toLowerCase()}.`
  return {
    statusBefore: seen.status,
    statusNow: current.status,
    newEvents: current.events.filter((event) => !seenIds.has(event.id)),
    canReapply: blocked === null,
    cannotReapplyBecause: blocked,
  }
}
