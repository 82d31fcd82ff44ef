// A new release while a councillor is half way through the concern form, against the real server:
// the new service worker installs in the background and waits; the app offers it in a banner and
// nothing changes under the councillor's fingers until they press Reload. The release is made by
// changing the worker file the running server serves, as a deployment would.
import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import {
  cspViolations,
  expectNoAxeViolations,
  newContext,
  openPage,
  passInterruption,
  screenshot,
  serverStaticDir,
  signIn,
} from './support'

const staticDir = serverStaticDir()

interface WorkerState {
  controller: string | null
  active: string | null
  waiting: string | null
}

function workerState(page: Page): Promise<WorkerState> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready
    return {
      controller: navigator.serviceWorker.controller?.state ?? null,
      active: registration.active?.state ?? null,
      waiting: registration.waiting?.state ?? null,
    }
  })
}

describe.skipIf(staticDir === '')('a new version of the app (real server, 768×1024)', () => {
  it('is offered, never swapped under a half-filled form, and taken when the user reloads', async () => {
    const worker = path.join(staticDir, 'sw.js')
    const released = fs.readFileSync(worker, 'utf8')
    const context = await newContext('portrait', 'server')
    try {
      const app = await openPage(context, '/sign-in')
      await signIn(app.page, 'cllr-banbury')
      // Controlled by this version's worker, as on any visit after the first.
      await app.page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
      await app.page.goto('/concerns/new')
      await passInterruption(app.page)
      const place = app.page.getByLabel('Where in the division? (optional)')
      await place.fill('Half written')
      const formUrl = app.page.url()
      expect(await workerState(app.page)).toMatchObject({ controller: 'activated', waiting: null })

      fs.writeFileSync(worker, `${released}\n// the next release, ${Date.now()}\n`)
      await app.page.evaluate(async () => {
        const registration = await navigator.serviceWorker.ready
        await registration.update()
      })

      const banner = app.page.getByRole('region', { name: 'New version' })
      await banner.getByText('A new version of Eyes and Ears is available').waitFor()
      await expectNoAxeViolations(app.page, 'new version banner over the concern form')
      await screenshot(app.page, 'app-update-1-offered-portrait')
      expect(await workerState(app.page)).toMatchObject({
        controller: 'activated',
        waiting: 'installed',
      })
      // Left alone, nothing happens: the form and what was typed stay as they are.
      await app.page.waitForTimeout(2_000)
      expect(app.page.url()).toBe(formUrl)
      expect(await place.inputValue()).toBe('Half written')
      expect(await workerState(app.page)).toMatchObject({ waiting: 'installed' })

      // The councillor chooses: the new version takes over and the page reloads with it.
      await Promise.all([
        app.page.waitForEvent('load'),
        banner.getByRole('button', { name: 'Reload' }).click(),
      ])
      await app.page.getByRole('heading', { level: 1 }).first().waitFor()
      expect(await workerState(app.page)).toMatchObject({ controller: 'activated', waiting: null })
      await expect(banner.count()).resolves.toBe(0)
      expect(app.pageErrors).toEqual([])
      expect(cspViolations(context)).toEqual([])
    } finally {
      fs.writeFileSync(worker, released)
    }
  })
})
