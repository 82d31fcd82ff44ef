/*
 * Starts the app once the static shell has been painted: the code named in the inert
 * <template id="app-code"> (the build's) and "app-first-page" (the server's) goes into the head in
 * one step, and the entry is imported (vite.config.ts, codeAfterFirstPaint, says why).
 */
;(() => {
  // The longest wait for the paint: a busy tablet's may come late.
  const PAINT_WAIT_MS = 500

  let started = false
  function start() {
    if (started) return
    started = true
    let entry
    for (const id of ['app-code', 'app-first-page']) {
      const template = document.getElementById(id)
      if (!(template instanceof HTMLTemplateElement)) continue
      entry ??= template.content.querySelector('[data-entry]')?.getAttribute('href')
      document.head.append(template.content)
    }
    if (!entry) {
      console.error('Eyes and Ears could not start: the page names no code to start.')
      return
    }
    import(entry).catch((error) => console.error('Eyes and Ears could not load its code.', error))
  }

  // A page that opens hidden paints nothing: no waiting for a paint that may never come.
  if (document.visibilityState === 'hidden') {
    start()
  } else {
    setTimeout(start, PAINT_WAIT_MS)
    if (window.PerformanceObserver?.supportedEntryTypes?.includes('paint')) {
      // The paint's own entry, which comes once the frame is on screen: a frame's callback can
      // run before its paint is, and a request started then competes with the paint it follows.
      new PerformanceObserver((list, observer) => {
        if (list.getEntriesByName('first-contentful-paint').length === 0) return
        observer.disconnect()
        start()
      }).observe({ type: 'paint', buffered: true })
    } else {
      requestAnimationFrame(() => setTimeout(start, 0))
    }
  }
})()
