import { addMessage, applyChange, newConcernRecord, type StoredConcern } from '../concern-records'
import { overriddenFindingsOf } from '../personal-data'
import { actorOf, personaById } from './personas'
import { SAMPLE_CONCERNS } from './sample-concerns'

/** The demo data every back end starts from. */
export interface SampleRecords {
  concerns: StoredConcern[]
  /** How many replies each author has opened, by concern id. */
  repliesRead: Record<string, number>
  /** Last reference number used, per year of creation. */
  referenceCounters: Record<string, number>
}

/** "EE-2026-0001": the year a concern was raised and its number within that year. */
export const formatReference = (year: string | number, number: number): string =>
  `EE-${year}-${String(number).padStart(4, '0')}`

function allocateReference(data: SampleRecords, createdAt: Date): string {
  const year = String(createdAt.getUTCFullYear())
  const next = (data.referenceCounters[year] ?? 0) + 1
  data.referenceCounters[year] = next
  return formatReference(year, next)
}

const DAY_MS = 24 * 60 * 60 * 1000

/** The sample concerns, dated relative to now, as if raised and handled through the API. */
export function sampleRecords(now: Date): SampleRecords {
  const data: SampleRecords = { concerns: [], repliesRead: {}, referenceCounters: {} }
  const chair = actorOf(personaById('chair'))
  const seeds = [...SAMPLE_CONCERNS].sort((a, b) => b.daysAgo - a.daysAgo)
  for (const seed of seeds) {
    const createdAt = new Date(now.getTime() - seed.daysAgo * DAY_MS)
    let eventNumber = 0
    const nextEventId = () => `${seed.id}-event-${++eventNumber}`
    const author = actorOf(personaById(seed.authorId))
    const { request } = seed
    const concern = newConcernRecord({
      id: seed.id,
      reference: allocateReference(data, createdAt),
      request,
      author,
      at: createdAt,
      eventId: nextEventId(),
      sample: true,
      personalData: overriddenFindingsOf({
        ...request,
        personalDataOverrides: request.personalDataOverrides ?? [],
      }),
    })
    for (const { daysAfter, message, ...change } of seed.changes) {
      const at = new Date(createdAt.getTime() + daysAfter * DAY_MS)
      if (message === undefined) applyChange(concern, { ...change, at, actor: chair }, nextEventId)
      else addMessage(concern, { at, actor: author, text: message }, nextEventId)
    }
    data.concerns.push(concern)
    if (seed.repliesRead > 0) data.repliesRead[seed.id] = seed.repliesRead
  }
  return data
}
