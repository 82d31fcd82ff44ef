/**
 * Whether a new version of the app is waiting, shared between the lazily loaded registration
 * (register-service-worker.ts) and the banner in the layout. Kept apart from the registration so
 * the first bundle carries this small store and never Workbox.
 */
export interface UpdateState {
  /** A new version is installed and waits for the user to choose to reload. */
  waiting: boolean
  /** Activates the waiting version; the page reloads once it has taken over. */
  apply: () => Promise<void>
}

const IDLE: UpdateState = { waiting: false, apply: () => Promise.resolve() }

let state: UpdateState = IDLE
const listeners = new Set<() => void>()

export function getUpdateState(): UpdateState {
  return state
}

export function subscribeToUpdates(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function setUpdateState(next: UpdateState): void {
  state = next
  for (const listener of listeners) listener()
}
