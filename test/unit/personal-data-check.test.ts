// The form's personal-data check: debounced as the councillor types, at once on checkNow, in a
// Web Worker where there is one and in the page where there is not (jsdom has none).
import { act, renderHook, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { usePersonalDataFindings } from '../../src/features/concerns/raise/personal-data-check'
import type {
  CheckRequest,
  PersonalDataTexts,
} from '../../src/features/concerns/raise/personal-data-check/protocol'
import { findPersonalDataInFields } from '../../src/lib/personal-data'

const MASH = '0345 050 7666'
const texts = (details: string): PersonalDataTexts => ({
  title: 'Boys on bikes',
  details,
  location: '',
})

describe('usePersonalDataFindings (no Worker, as in jsdom)', () => {
  it('checks the texts as soon as it mounts', async () => {
    const { result } = renderHook(() =>
      usePersonalDataFindings(texts('A boy called Kai rings the MASH on 0345 050 7666'), [MASH]),
    )
    expect(result.current.checking).toBe(true)
    await waitFor(() => expect(result.current.checking).toBe(false))
    expect(result.current.findings).toEqual({
      details: [{ kind: 'name', match: 'Kai', start: 13, end: 16 }],
    })
  })

  it('checks again once typing pauses, showing the older findings meanwhile', async () => {
    const { result, rerender } = renderHook(
      ({ details }) => usePersonalDataFindings(texts(details), []),
      {
        initialProps: { details: 'Seen near the shops' },
      },
    )
    await waitFor(() => expect(result.current.checking).toBe(false))
    expect(result.current.findings).toEqual({})

    rerender({ details: 'Seen near the shops with Mia Jones' })
    expect(result.current.checking).toBe(true)
    expect(result.current.findings).toEqual({})
    await waitFor(() => expect(result.current.checking).toBe(false))
    expect(result.current.findings.details?.map((f) => f.match)).toEqual(['Mia Jones'])
  })

  it('checks at once on checkNow, without waiting for the pause', async () => {
    const { result, rerender } = renderHook(
      ({ details }) => usePersonalDataFindings(texts(details), []),
      {
        initialProps: { details: '' },
      },
    )
    await waitFor(() => expect(result.current.checking).toBe(false))
    rerender({ details: 'Call 07700 900123' })
    let found: Awaited<ReturnType<typeof result.current.checkNow>> = {}
    await act(async () => {
      found = await result.current.checkNow()
    })
    expect(found.details).toMatchObject([{ kind: 'phone', match: '07700 900123' }])
    expect(result.current.checking).toBe(false)
    expect(result.current.findings).toEqual(found)
  })
})

/** A stand-in Worker that answers as the real one does, a moment later. */
class FakeWorker extends EventTarget {
  static created: { url: string; options: WorkerOptions | undefined }[] = []
  static failing = false

  constructor(url: URL | string, options?: WorkerOptions) {
    super()
    FakeWorker.created.push({ url: String(url), options })
  }

  postMessage(request: CheckRequest): void {
    setTimeout(() => {
      if (FakeWorker.failing) {
        this.dispatchEvent(new Event('error'))
        return
      }
      const findings = findPersonalDataInFields(request.texts, {
        allowedNumbers: request.allowedNumbers,
      })
      this.dispatchEvent(new MessageEvent('message', { data: { id: request.id, findings } }))
    }, 5)
  }

  terminate(): void {}
}

describe('checkPersonalData with a Worker', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    FakeWorker.created = []
    FakeWorker.failing = false
  })

  async function freshChecker() {
    vi.resetModules()
    vi.stubGlobal('Worker', FakeWorker)
    return import('../../src/features/concerns/raise/personal-data-check/checker')
  }

  it('starts one module worker and matches each answer to its question', async () => {
    const { checkPersonalData } = await freshChecker()
    const [first, second] = await Promise.all([
      checkPersonalData(texts('called Kai'), []),
      checkPersonalData(texts('nothing here'), []),
    ])
    expect(first.details?.[0]?.match).toBe('Kai')
    expect(second).toEqual({})
    expect(FakeWorker.created).toHaveLength(1)
    expect(FakeWorker.created[0]?.url).toMatch(/personal-data\.worker\.ts/)
    expect(FakeWorker.created[0]?.options).toEqual({ type: 'module' })
  })

  it('answers in the page when the worker fails, and does not start it again', async () => {
    const { checkPersonalData } = await freshChecker()
    FakeWorker.failing = true
    expect((await checkPersonalData(texts('called Kai'), [])).details?.[0]?.match).toBe('Kai')
    expect((await checkPersonalData(texts('OX4 1JD'), [])).details?.[0]?.kind).toBe('postcode')
    expect(FakeWorker.created).toHaveLength(1)
  })
})
