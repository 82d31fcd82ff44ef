import { useCallback, useEffect, useRef, useState } from 'react'
import { checkPersonalData } from './checker'
import type { PersonalDataFindings, PersonalDataTexts } from './protocol'

/** How long typing must pause before the text is checked again. */
export const PERSONAL_DATA_DELAY_MS = 500

/**
 * Personal data in a concern's free text, checked as the councillor types.
 *
 * - `findings`: by field (`title`, `details`, `location`), each `{ kind, match, start, end }` with
 *   `text.slice(start, end) === match`, so a finding can be marked where it is; a field with none
 *   is left out. Messages per kind are `PERSONAL_DATA_MESSAGES` from `src/lib/personal-data`.
 *   The findings are those of the texts as they were when last checked: while `checking` is true
 *   they may be behind what is on screen (show them, but announce changes only once it is false).
 * - `checking`: a check is waiting for typing to pause (500 ms) or running.
 * - `checkNow()`: checks the current texts at once and resolves with their findings (and updates
 *   `findings`); call it on Continue or Send so what is shown matches what is sent.
 *
 * The detector runs in a Web Worker (compromise's language model loads with the form, never in
 * the first bundle; a pasted megabyte never blocks typing); where there is no Worker (jsdom) it
 * runs here after a dynamic import. The first check runs as soon as the hook mounts, so restored
 * drafts and the check-answers page show their findings without waiting. Pass `allowedNumbers`
 * as `PUBLIC_PHONE_NUMBERS` (src/lib/config/safeguarding-contacts): 999 and the MASH are public.
 */
export function usePersonalDataFindings(
  texts: PersonalDataTexts,
  allowedNumbers: readonly string[],
): {
  findings: PersonalDataFindings
  checking: boolean
  checkNow: () => Promise<PersonalDataFindings>
} {
  const { title, details, location } = texts
  const allowedKey = allowedNumbers.join('\n')
  // What was checked and what was found; `checking` is whether that is behind the texts.
  const key = JSON.stringify([title, details, location, allowedKey])
  const [result, setResult] = useState<{ key: string | null; findings: PersonalDataFindings }>({
    key: null,
    findings: {},
  })
  // Only the newest check may set the findings: an older, slower answer is dropped.
  const latest = useRef(0)
  const mounted = useRef(false)

  const checkNow = useCallback(async (): Promise<PersonalDataFindings> => {
    const ticket = ++latest.current
    const allowed = allowedKey === '' ? [] : allowedKey.split('\n')
    const found = await checkPersonalData({ title, details, location }, allowed)
    if (ticket === latest.current) setResult({ key, findings: found })
    return found
  }, [title, details, location, allowedKey, key])

  useEffect(() => {
    // The first check at once (a restored draft, check answers); then once typing pauses.
    const delay = mounted.current ? PERSONAL_DATA_DELAY_MS : 0
    mounted.current = true
    const timer = window.setTimeout(() => void checkNow(), delay)
    return () => {
      window.clearTimeout(timer)
      // An answer on its way for older text (or after unmount) is dropped.
      latest.current += 1
    }
  }, [checkNow])

  return { findings: result.findings, checking: result.key !== key, checkNow }
}
