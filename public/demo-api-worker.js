/*
 * The demo API's service worker: MSW's own worker (mockServiceWorker.js, as `msw init` writes it
 * on every install), which would unregister itself when the last page it serves closes.
 *
 * On a full page load (a reload, a link typed in, a new tab after the last one closed) the worker
 * can count the old page closed before it counts the new one open, and unregister while the new
 * page starts. MSW's start then calls update() on the registration it just found, which fails
 * ("Failed to update a ServiceWorker … Not found", an error nothing can catch: mswjs/msw#2006),
 * and the page can be left asking a worker that no longer answers it. The demo always wants its
 * API, so this worker never takes itself away.
 */
self.registration.unregister = () => Promise.resolve(false)

importScripts('./mockServiceWorker.js')
