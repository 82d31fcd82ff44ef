import { beforeEach, describe, expect, it } from 'vitest'
import { emptyAnswers } from '../../src/features/concerns/answers'
import {
  discardOfferedDraft,
  offeredDraft,
  parkDraft,
  saveDraft,
  takeOfferedDraft,
} from '../../src/features/concerns/draft-shelf'
import {
  draftKeyFor,
  forgetAllDrafts,
  readShelf,
  removeSent,
  returnToShelf,
  unsentDraftCount,
  type Draft,
} from '../../src/features/concerns/drafts'
import { returnedInfo } from '../../src/features/concerns/api/create-concern'
import { pageNumbers } from '../../src/components/pagination/pagination'
import { ApiError } from '../../src/lib/api'
import { concernKeys } from '../../src/lib/api/keys'

const draft = (title: string, key?: string): Draft => ({
  answers: emptyAnswers({ title }),
  savedAt: '2026-01-01T00:00:00.000Z',
  ...(key ? { attempt: { key, body: '{}' } } : {}),
})

beforeEach(() => localStorage.clear())

describe('the draft shelf', () => {
  it('keeps one user’s drafts under their own key', () => {
    saveDraft('cllr-a', draft('Mine'))
    expect(localStorage.getItem(draftKeyFor('cllr-a'))).toContain('Mine')
    expect(readShelf('cllr-b')).toEqual({ draft: null, parked: [] })
  })

  it('never overwrites a draft with a concern that came back unsent', () => {
    saveDraft('cllr-a', draft('Being written'))
    returnToShelf('cllr-a', draft('Came back', 'key-1'))
    expect(readShelf('cllr-a').draft?.answers.title).toBe('Being written')
    expect(readShelf('cllr-a').parked.map((d) => d.answers.title)).toEqual(['Came back'])
    expect(unsentDraftCount('cllr-a')).toBe(2)
  })

  it('puts a returned concern in front when it is the draft, keeping answers changed since', () => {
    saveDraft('cllr-a', draft('Same one, changed since it was sent', 'key-1'))
    returnToShelf('cllr-a', {
      ...draft('Same one, as sent', 'key-1'),
      attempt: { key: 'key-1', body: '{"title":"Same one, as sent"}', unsettled: true },
      returned: { reason: 'no-answer', fieldErrors: {}, at: '2026-01-01T00:00:00.000Z' },
    })
    expect(readShelf('cllr-a')).toMatchObject({
      draft: {
        answers: { title: 'Same one, changed since it was sent' },
        attempt: { key: 'key-1', body: '{"title":"Same one, as sent"}', unsettled: true },
        returned: { reason: 'no-answer' },
      },
      parked: [],
    })
  })

  it('reads a draft an earlier build saved as "unreachable" as one whose outcome is unknown', () => {
    localStorage.setItem(
      draftKeyFor('cllr-a'),
      JSON.stringify({
        draft: {
          ...draft('Sent with no answer', 'key-1'),
          returned: { reason: 'unreachable', fieldErrors: {}, at: '2026-01-01T00:00:00.000Z' },
        },
      }),
    )
    expect(readShelf('cllr-a').draft).toMatchObject({
      attempt: { key: 'key-1', unsettled: true },
      returned: { reason: 'no-answer' },
    })
  })

  it('offers parked concerns one by one, and takes them up to be written', () => {
    saveDraft('cllr-a', draft('First'))
    parkDraft('cllr-a')
    saveDraft('cllr-a', draft('Second'))
    parkDraft('cllr-a')
    expect(offeredDraft('cllr-a')?.answers.title).toBe('First')
    discardOfferedDraft('cllr-a')
    expect(offeredDraft('cllr-a')?.answers.title).toBe('Second')
    expect(takeOfferedDraft('cllr-a')?.answers.title).toBe('Second')
    expect(readShelf('cllr-a')).toMatchObject({
      draft: { answers: { title: 'Second' } },
      parked: [],
    })
  })

  it('forgets a concern once sent, wherever it is on the shelf', () => {
    saveDraft('cllr-a', draft('Writing'))
    returnToShelf('cllr-a', draft('Sent in the end', 'key-9'))
    removeSent('cllr-a', 'key-9')
    expect(unsentDraftCount('cllr-a')).toBe(1)
  })

  it('forgets every user’s drafts, and nothing else, when all client state is cleared', () => {
    saveDraft('cllr-a', draft('A'))
    saveDraft('cllr-b', draft('B'))
    localStorage.setItem('eyes-and-ears.mock-store.v1', 'kept')
    forgetAllDrafts()
    expect(unsentDraftCount('cllr-a') + unsentDraftCount('cllr-b')).toBe(0)
    expect(localStorage.getItem('eyes-and-ears.mock-store.v1')).toBe('kept')
  })

  it('reads whatever is stored without failing', () => {
    localStorage.setItem(draftKeyFor('cllr-a'), 'not json')
    expect(readShelf('cllr-a')).toEqual({ draft: null, parked: [] })
    localStorage.setItem(draftKeyFor('cllr-a'), '{"draft":{"answers":{"title":["x"],"source":1}}}')
    expect(readShelf('cllr-a').draft?.answers).toEqual(emptyAnswers())
  })
})

describe('why a concern came back', () => {
  const http = (status: number, fieldErrors?: Record<string, string[]>) =>
    new ApiError({
      kind: 'http',
      status,
      title: `HTTP ${status}`,
      ...(fieldErrors ? { fieldErrors } : {}),
    })

  it('names the reason for each kind of failure', () => {
    expect(returnedInfo(http(422, { title: ['Too short'] }))).toMatchObject({
      reason: 'invalid',
      fieldErrors: { title: ['Too short'] },
    })
    expect(returnedInfo(http(401)).reason).toBe('signed-out')
    // It may have been stored: no answer, or the server failed.
    expect(returnedInfo(http(503)).reason).toBe('server-error')
    expect(returnedInfo(new ApiError({ kind: 'network', title: 'offline' })).reason).toBe(
      'no-answer',
    )
    expect(returnedInfo(new ApiError({ kind: 'timeout', title: 'slow' })).reason).toBe('no-answer')
    // Refused, so certainly not stored.
    expect(returnedInfo(http(413)).reason).toBe('too-large')
    expect(returnedInfo(http(429)).reason).toBe('busy')
    expect(returnedInfo(http(409))).toMatchObject({ reason: 'refused', message: 'HTTP 409' })
  })
})

describe('keys and paging', () => {
  it('keys raising a concern as the outbox looks for it', () => {
    expect(concernKeys.create()).toEqual(['concerns', 'create'])
  })

  it('shows the first, last and neighbouring pages with gaps', () => {
    expect(pageNumbers(1, 1)).toEqual([1])
    expect(pageNumbers(5, 10)).toEqual([1, 'gap', 4, 5, 6, 'gap', 10])
    expect(pageNumbers(2, 3)).toEqual([1, 2, 3])
  })
})

describe('confirmed findings in a draft', () => {
  it('are kept with it, and what is not a finding is left out', () => {
    localStorage.setItem(
      draftKeyFor('cllr-banbury'),
      JSON.stringify({
        draft: {
          answers: emptyAnswers({ title: 'With overrides' }),
          savedAt: '2026-01-01T00:00:00.000Z',
          overrides: [
            { field: 'details', kind: 'name', match: 'Jamie Smith' },
            { field: 'details', kind: 7 },
            'nonsense',
          ],
        },
        parked: [],
      }),
    )
    expect(readShelf('cllr-banbury').draft?.overrides).toEqual([
      { field: 'details', kind: 'name', match: 'Jamie Smith' },
    ])
  })
})
