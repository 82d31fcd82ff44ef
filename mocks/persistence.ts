import type { Persistence } from './store'

/** Where the browser demo keeps its mock store. The version is in the key and in the data. */
export const MOCK_STORE_KEY = 'eyes-and-ears.mock-store.v1'

export function localStoragePersistence(
  key: string = MOCK_STORE_KEY,
  storage: Storage = localStorage,
): Persistence {
  return {
    load: () => storage.getItem(key),
    save: (text) => storage.setItem(key, text),
  }
}

/** Shared text, as two tabs share localStorage; for tests of the read-through behaviour. */
export function memoryPersistence(initial: string | null = null): Persistence & {
  text: string | null
} {
  const box = {
    text: initial,
    load: () => box.text,
    save: (text: string) => {
      box.text = text
    },
  }
  return box
}
