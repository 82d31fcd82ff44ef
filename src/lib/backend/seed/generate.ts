import type {
  Actor,
  AlreadyReported,
  ConcernSource,
  ConcernStatus,
  CreateConcernRequest,
} from '../../api/schemas'
import { ALREADY_REPORTED, OTHER_THEME_ID, SOURCES } from '../../api/schemas'
import { applyChange, newConcernRecord, replyCount, type StoredConcern } from '../concern-records'
import { OBJECTIVES, RISK_THEMES } from './board-content'
import { DIVISIONS } from './divisions'
import { actorOf, PERSONAS, personaById } from './personas'

export interface GenerateOptions {
  /** Same seed, same options → the same concerns. */
  seed?: number
  /** Concerns fall in the 24 months before this. */
  now: Date
  /** Numbers the concerns' ids after those already there. */
  first?: number
  /** The next human reference for a concern raised then (the back end's per-year counter). */
  nextReference: (createdAt: Date) => string
}

export interface GeneratedConcerns {
  concerns: StoredConcern[]
  /** How many replies each author has opened, by concern id (about half are read). */
  repliesRead: Record<string, number>
}

const DAY_MS = 24 * 60 * 60 * 1000
const SPAN_DAYS = 730

const TITLES = [
  'Young people gathering late in the evening',
  'Parents unsure where to find help',
  'Worries raised at a residents’ meeting',
  'A partner agency noticed a change',
  'Conversations at the school gate about safety',
  'A community group asked for advice',
  'Neighbours report more police visits',
  'Children out alone after dark',
  'Concern passed on by a youth worker',
  'Questions about support for families',
]
const LOCATIONS = ['', '', 'Town centre', 'Near a park', 'Near the shops', 'On an estate']

/** Weighted so every status is common enough to filter on. */
const STATUS_WEIGHTS: ReadonlyArray<[ConcernStatus, number]> = [
  ['submitted', 15],
  ['acknowledged', 15],
  ['in-review', 20],
  ['referred', 15],
  ['actioned', 20],
  ['closed', 15],
]
const PATHS: Record<ConcernStatus, readonly ConcernStatus[]> = {
  submitted: [],
  acknowledged: ['acknowledged'],
  'in-review': ['acknowledged', 'in-review'],
  referred: ['acknowledged', 'in-review', 'referred'],
  actioned: ['acknowledged', 'in-review', 'actioned'],
  closed: ['acknowledged', 'in-review', 'closed'],
}

/**
 * n sample concerns spread over every division, theme, status and the last 24 months, for scale
 * tests and benchmarks on any back end. Deterministic: a seeded generator and the given clock.
 */
export function generateConcerns(n: number, options: GenerateOptions): GeneratedConcerns {
  const seed = options.seed ?? 1
  const random = mulberry32(seed)
  const now = options.now.getTime()
  const chair = actorOf(personaById('chair'))
  const themes = [...RISK_THEMES.map((theme) => theme.id), OTHER_THEME_ID]
  const first = options.first ?? 0
  const repliesRead: Record<string, number> = {}

  const times = Array.from({ length: n }, () => now - random() * SPAN_DAYS * DAY_MS).sort(
    (a, b) => a - b,
  )
  const created = times.map((time, i) => {
    const id = `bulk-${seed}-${first + i + 1}`
    const division = pick(random, DIVISIONS)
    const themeId = pick(random, themes)
    const subThemes = RISK_THEMES.find((theme) => theme.id === themeId)?.subThemes ?? []
    const title = pick(random, TITLES)
    const request: CreateConcernRequest = {
      divisionId: division.id,
      themeId,
      subThemeId: subThemes.length > 0 && random() < 0.8 ? pick(random, subThemes).id : null,
      objectiveId: random() < 0.3 ? pick(random, OBJECTIVES).id : null,
      title,
      details: `${title}. Generated sample concern for trying the app with many concerns.`,
      location: pick(random, LOCATIONS),
      source: pick<ConcernSource>(random, SOURCES),
      alreadyReported: pick<AlreadyReported>(random, ALREADY_REPORTED),
      wantsReply: random() < 0.7,
      personalDataConfirmed: true,
    }
    const createdAt = new Date(time)
    let eventNumber = 0
    const nextEventId = () => `${id}-event-${++eventNumber}`
    const concern = newConcernRecord({
      id,
      reference: options.nextReference(createdAt),
      request,
      author: authorFor(division.id, division.name),
      at: createdAt,
      eventId: nextEventId(),
      sample: true,
    })
    const path = PATHS[weighted(random, STATUS_WEIGHTS)]
    let at = time
    path.forEach((status, step) => {
      at += random() * ((now - at) / (path.length - step))
      const last = step === path.length - 1
      applyChange(
        concern,
        {
          at: new Date(at),
          actor: chair,
          status,
          reply:
            last && request.wantsReply && random() < 0.6
              ? 'Thank you, we have looked into this.'
              : undefined,
          referredTo: status === 'referred' ? 'Multi-Agency Safeguarding Hub' : undefined,
          closeReason: status === 'closed' ? 'No further action for the Board.' : undefined,
        },
        nextEventId,
      )
    })
    if (random() < 0.5) repliesRead[id] = replyCount(concern)
    return concern
  })
  return { concerns: created, repliesRead }
}

/** The demo persona for the division if there is one, otherwise a plainly made-up councillor. */
function authorFor(divisionId: string, divisionName: string): Actor {
  const persona = PERSONAS.find((p) => p.divisionId === divisionId)
  if (persona) return actorOf(persona)
  return { id: `demo-${divisionId}`, name: `Demo councillor (${divisionName})`, role: 'councillor' }
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)]
  if (item === undefined) throw new Error('pick from an empty list')
  return item
}

function weighted<T>(random: () => number, options: ReadonlyArray<[T, number]>): T {
  const total = options.reduce((sum, [, weight]) => sum + weight, 0)
  let roll = random() * total
  for (const [value, weight] of options) {
    roll -= weight
    if (roll < 0) return value
  }
  const last = options[options.length - 1]
  if (!last) throw new Error('weighted pick from an empty list')
  return last[0]
}
