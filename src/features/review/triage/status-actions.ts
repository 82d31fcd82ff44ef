import {
  STATUS_MOVES,
  type Concern,
  type ConcernEvent,
  type ConcernStatus,
  type UpdateConcernRequest,
} from '../../../lib/api'
import { STATUS_LABELS } from '../labels'

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
        ? `Someone else has already made this change: the concern is ${now}.`
        : `The concern is now ${now}, so it cannot be moved to ${STATUS_LABELS[change.status].toLowerCase()}.`
  return {
    statusBefore: seen.status,
    statusNow: current.status,
    newEvents: current.events.filter((event) => !seenIds.has(event.id)),
    canReapply: blocked === null,
    cannotReapplyBecause: blocked,
  }
}
