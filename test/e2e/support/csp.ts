/**
 * Content Security Policy as the browser enforces it. The real server sends a strict policy
 * (no inline script or style, same origin only); anything the app does against it is blocked in
 * the user's browser, often silently. Every page of a watched context reports its violations
 * here, from the `securitypolicyviolation` event and from Chromium's console messages.
 */
import type { BrowserContext } from 'playwright-core'

export interface CspViolation {
  /** The page's address when it happened. */
  url: string
  directive: string
  blocked: string
  sample: string
  /** Where it was seen: the DOM event, or Chromium's console. */
  via: 'event' | 'console'
}

const BINDING = '__eyesAndEarsCspViolation'
type Binding = typeof BINDING
const watched = new WeakMap<BrowserContext, CspViolation[]>()

declare global {
  interface Window {
    [BINDING]?: (violation: Omit<CspViolation, 'via'>) => Promise<void>
  }
}

/** Starts collecting the context's violations; call before its first page opens. */
export async function watchCsp(context: BrowserContext): Promise<void> {
  if (watched.has(context)) return
  const found: CspViolation[] = []
  watched.set(context, found)
  await context.exposeBinding(BINDING, (_source, violation: Omit<CspViolation, 'via'>) => {
    found.push({ ...violation, via: 'event' })
  })
  // Runs in every document of the context before the app's own scripts.
  await context.addInitScript((name: string) => {
    const binding = name as Binding
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        void window[binding]?.({
          url: event.documentURI,
          directive: event.effectiveDirective,
          blocked: event.blockedURI,
          sample: event.sample,
        })
      },
      true,
    )
  }, BINDING)
  context.on('console', (message) => {
    const text = message.text()
    if (!/Content Security Policy/i.test(text)) return
    const page = message.page()
    found.push({
      url: page?.url() ?? '',
      directive: '',
      blocked: '',
      sample: text,
      via: 'console',
    })
  })
}

/** Everything reported so far in a watched context. */
export function cspViolations(context: BrowserContext): readonly CspViolation[] {
  const found = watched.get(context)
  if (!found) throw new Error('This context is not watched for CSP violations: call watchCsp().')
  return found
}

/** Forgets what was reported (after a test provokes a violation on purpose). */
export function clearCspViolations(context: BrowserContext): void {
  cspViolations(context)
  watched.get(context)?.splice(0)
}
