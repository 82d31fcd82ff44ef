/** What a page's origin keeps on the device, listed for the tests that prove what is left. */
import type { Page } from 'playwright-core'

export interface StorageListing {
  localStorage: Record<string, string>
  sessionStorage: Record<string, string>
  indexedDb: string[]
  /** Every URL held in Cache Storage, by cache name. */
  caches: Record<string, string[]>
}

/** Everything the page's origin keeps on the device that a script can read. */
export function listStorage(page: Page): Promise<StorageListing> {
  return page.evaluate(async () => {
    const entries = (storage: Storage) =>
      Object.fromEntries(
        Array.from({ length: storage.length }, (_, index) => {
          const key = storage.key(index) ?? ''
          return [key, storage.getItem(key) ?? '']
        }),
      )
    const databases = await indexedDB.databases()
    const cacheListing: Record<string, string[]> = {}
    for (const name of await caches.keys()) {
      const cache = await caches.open(name)
      cacheListing[name] = (await cache.keys()).map((request) => request.url)
    }
    return {
      localStorage: entries(localStorage),
      sessionStorage: entries(sessionStorage),
      indexedDb: databases.map((database) => database.name ?? ''),
      caches: cacheListing,
    }
  })
}
