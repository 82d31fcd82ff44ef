import {
  createContext,
  use,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react'
import type { CreateConcernRequest, PersonalDataFlag, SessionUser } from '../../../lib/api'
import { emptyAnswers, type Answers } from '../answers'
import { bodyOf } from '../api/create-concern'
import { parkDraft, removeDraft, saveDraft } from '../draft-shelf'
import { draftsGeneration, type Attempt, type Draft, type ReturnedInfo } from '../drafts'
import { planSend, type SendPlan } from './send-plan'

/** How long typing must pause before the draft is saved. */
export const AUTOSAVE_DELAY_MS = 500

export interface RaiseConcern {
  user: SessionUser
  answers: Answers
  update: (changes: Partial<Answers>) => void
  /** They read the safeguarding interruption and confirmed (or resumed a draft). */
  started: boolean
  /** Starts afresh; a draft still waiting on the shelf is kept for later. */
  start: () => void
  /** Carries on with a draft saved on this device earlier. */
  resumeDraft: (draft: Draft) => void
  /** Why the last attempt came back (the server's field errors, no signal…), if it did. */
  returned: ReturnedInfo | null
  setReturned: (returned: ReturnedInfo | null) => void
  /**
   * The personal-data findings they said do not identify a child or family. One still counts
   * while the same words are in the same field, as the server counts it.
   */
  overrides: readonly PersonalDataFlag[]
  setOverride: (flag: PersonalDataFlag, overridden: boolean) => void
  /** How to send this request (see send-plan.ts); a new key becomes the current attempt. */
  planSend: (request: CreateConcernRequest) => SendPlan
  /** A new key for this request, after the last attempt was found not to be stored. */
  newAttempt: (request: CreateConcernRequest) => string
  /** The last attempt may have been stored (no answer came back), or is known either way. */
  settleAttempt: (unknownOutcome: boolean) => void
  /** No answer came back from the last attempt: it may have been stored. */
  unsettled: boolean
  /** These answers are what the last attempt sent. */
  isLastAttempt: (request: CreateConcernRequest) => boolean
  /** Pressed "Send": the draft is now in the mutation's hands. */
  handOver: () => void
  /** Saves the draft now, e.g. before asking about an earlier attempt, which keeps it. */
  saveNow: () => void
  /** Sent or queued: start afresh next time. */
  finish: () => void
}

/** Two findings are one when field, kind and words agree (as the server matches overrides). */
export const sameFlag = (a: PersonalDataFlag, b: PersonalDataFlag): boolean =>
  a.field === b.field && a.kind === b.kind && a.match === b.match

const RaiseConcernContext = createContext<RaiseConcern | null>(null)

export function useRaiseConcern(): RaiseConcern {
  const value = use(RaiseConcernContext)
  if (!value) throw new Error('useRaiseConcern() is only available inside RaiseConcernProvider')
  return value
}

/**
 * The answers while a concern is being raised, shared by the steps (interruption, form, check)
 * and saved as a draft, per user, as they type.
 */
export function RaiseConcernProvider({
  user,
  initialThemeId,
  children,
}: {
  user: SessionUser
  initialThemeId: string
  children: ReactNode
}) {
  const initialAnswers = useCallback(
    () => emptyAnswers({ divisionId: user.divisionId ?? '', themeId: initialThemeId }),
    [user.divisionId, initialThemeId],
  )
  const [answers, setAnswers] = useState<Answers>(initialAnswers)
  const [started, setStarted] = useState(false)
  const [returned, setReturned] = useState<ReturnedInfo | null>(null)
  const [overrides, setOverrides] = useState<readonly PersonalDataFlag[]>([])
  const [attempt, setAttempt] = useState<Attempt | undefined>(undefined)
  const dirty = useRef(false)
  const timer = useRef<number | undefined>(undefined)
  const latest = useRef<Draft | null>(null)
  const [generation] = useState(draftsGeneration)
  // What an autosave would write now (null until they change something).
  useEffect(() => {
    latest.current = dirty.current
      ? {
          answers,
          savedAt: '',
          ...(attempt ? { attempt } : {}),
          ...(returned ? { returned } : {}),
          ...(overrides.length > 0 ? { overrides: [...overrides] } : {}),
        }
      : null
  })

  const flush = useCallback(() => {
    window.clearTimeout(timer.current)
    timer.current = undefined
    // Signed out meanwhile: everything on the device was cleared, and stays cleared.
    if (draftsGeneration() !== generation) return
    if (latest.current) saveDraft(user.id, { ...latest.current, savedAt: new Date().toISOString() })
  }, [user.id, generation])

  // Autosave: after a pause in typing, when the page is hidden or closed, and when leaving.
  useEffect(() => {
    if (!dirty.current) return
    window.clearTimeout(timer.current)
    timer.current = window.setTimeout(flush, AUTOSAVE_DELAY_MS)
  }, [answers, attempt, returned, overrides, flush])
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') flush()
    }
    window.addEventListener('pagehide', flush)
    document.addEventListener('visibilitychange', onHide)
    return () => {
      window.removeEventListener('pagehide', flush)
      document.removeEventListener('visibilitychange', onHide)
      flush()
    }
  }, [flush])

  const value = useMemo<RaiseConcern>(
    () => ({
      user,
      answers,
      update: (changes) => {
        dirty.current = true
        setAnswers((current) => ({ ...current, ...changes }))
      },
      started,
      start: () => {
        // Starting afresh keeps an earlier draft for later rather than writing over it, unless
        // the answers on screen are that draft (resumed, then back to the start page).
        if (!dirty.current) parkDraft(user.id)
        setStarted(true)
      },
      resumeDraft: (draft) => {
        dirty.current = true
        setAnswers(draft.answers)
        setAttempt(draft.attempt)
        setReturned(draft.returned ?? null)
        setOverrides(draft.overrides ?? [])
        setStarted(true)
      },
      returned,
      setReturned: (next) => {
        dirty.current = true
        setReturned(next)
      },
      overrides,
      setOverride: (flag, overridden) => {
        dirty.current = true
        setOverrides((current) => [
          ...current.filter((o) => !sameFlag(o, flag)),
          ...(overridden ? [flag] : []),
        ])
      },
      planSend: (request) => {
        const plan = planSend(attempt, request)
        if (plan.kind === 'send' && plan.fresh) setAttempt({ key: plan.key, body: bodyOf(request) })
        return plan
      },
      newAttempt: (request) => {
        const key = crypto.randomUUID()
        setAttempt({ key, body: bodyOf(request) })
        return key
      },
      settleAttempt: (unknownOutcome) => {
        dirty.current = true
        setAttempt((current) =>
          current
            ? {
                key: current.key,
                body: current.body,
                ...(unknownOutcome ? { unsettled: true } : {}),
              }
            : current,
        )
      },
      unsettled: attempt?.unsettled === true,
      isLastAttempt: (request) => attempt?.body === bodyOf(request),
      handOver: () => {
        window.clearTimeout(timer.current)
        dirty.current = false
        latest.current = null
        removeDraft(user.id)
      },
      saveNow: flush,
      finish: () => {
        window.clearTimeout(timer.current)
        dirty.current = false
        latest.current = null
        setAnswers(initialAnswers())
        setAttempt(undefined)
        setReturned(null)
        setOverrides([])
        setStarted(false)
      },
    }),
    [user, answers, started, returned, overrides, attempt, initialAnswers, flush],
  )

  return <RaiseConcernContext value={value}>{children}</RaiseConcernContext>
}
