/**
 * Runs the personal-data detector in a Web Worker, one for the whole app, started on the first
 * check. Where there is no Worker (jsdom in tests, a browser that refuses it) or the worker fails
 * to start, the detector is loaded with a dynamic import() and runs here instead: slower on long
 * text, but never wrong and never missing.
 */
import type {
  CheckRequest,
  CheckResponse,
  PersonalDataFindings,
  PersonalDataTexts,
} from './protocol'

type Pending = Map<
  number,
  { resolve: (findings: PersonalDataFindings) => void; request: CheckRequest }
>

let worker: Worker | undefined
let workerFailed = false
let nextId = 1
const pending: Pending = new Map()

async function checkHere(request: CheckRequest): Promise<PersonalDataFindings> {
  const { findPersonalDataInFields } = await import('../../../../lib/personal-data')
  return findPersonalDataInFields(request.texts, { allowedNumbers: request.allowedNumbers })
}

/** The worker could not start or broke: answer what it was asked here, and from now on. */
function giveUpOnWorker(): void {
  workerFailed = true
  worker?.terminate()
  worker = undefined
  const waiting = [...pending.values()]
  pending.clear()
  for (const { resolve, request } of waiting) void checkHere(request).then(resolve)
}

function startWorker(): Worker | undefined {
  if (worker || workerFailed) return worker
  if (typeof Worker === 'undefined') {
    workerFailed = true
    return undefined
  }
  try {
    worker = new Worker(new URL('./personal-data.worker.ts', import.meta.url), { type: 'module' })
  } catch {
    workerFailed = true
    return undefined
  }
  worker.addEventListener('message', ({ data }: MessageEvent<CheckResponse>) => {
    pending.get(data.id)?.resolve(data.findings)
    pending.delete(data.id)
  })
  worker.addEventListener('error', giveUpOnWorker)
  worker.addEventListener('messageerror', giveUpOnWorker)
  return worker
}

/** Checks the texts; public numbers in `allowedNumbers` (999, the MASH) are never findings. */
export function checkPersonalData(
  texts: PersonalDataTexts,
  allowedNumbers: readonly string[],
): Promise<PersonalDataFindings> {
  const request: CheckRequest = {
    id: nextId++,
    texts: { ...texts },
    allowedNumbers: [...allowedNumbers],
  }
  const running = startWorker()
  if (!running) return checkHere(request)
  return new Promise((resolve) => {
    pending.set(request.id, { resolve, request })
    running.postMessage(request)
  })
}
