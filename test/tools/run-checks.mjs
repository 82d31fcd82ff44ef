#!/usr/bin/env node
/**
 * `npm test`: runs the given npm scripts in order, stops at the first that fails, and prints how
 * long each took (also when one fails), so a slow or failing step is plain from the log.
 *
 *   node test/tools/run-checks.mjs lint typecheck test:unit …
 */
import { spawnSync } from 'node:child_process'

const steps = process.argv.slice(2)
if (steps.length === 0) {
  console.error('usage: run-checks.mjs <npm script> [<npm script> …]')
  process.exit(2)
}

// The npm that runs `npm test`, so the steps use the same one (npm_execpath is set by npm).
const npm = process.env.npm_execpath
  ? { command: process.execPath, args: [process.env.npm_execpath] }
  : { command: process.platform === 'win32' ? 'npm.cmd' : 'npm', args: [] }

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`
const results = []
let failed

for (const step of steps) {
  console.log(`\n==> npm run ${step}`)
  const started = performance.now()
  const run = spawnSync(npm.command, [...npm.args, 'run', step], { stdio: 'inherit' })
  const ms = performance.now() - started
  const ok = run.status === 0
  results.push({ step, ms, ok })
  if (!ok) {
    failed = { step, code: run.status ?? 1, signal: run.signal, error: run.error }
    break
  }
}

const total = results.reduce((sum, { ms }) => sum + ms, 0)
console.log('\n==> Timings')
for (const { step, ms, ok } of results) {
  console.log(`  ${seconds(ms).padStart(8)}  ${(ok ? 'ok' : 'FAILED').padEnd(7)}  ${step}`)
}
for (const step of steps.slice(results.length))
  console.log(`  ${'-'.padStart(8)}  not run  ${step}`)
console.log(`  ${seconds(total).padStart(8)}  total`)

if (failed) {
  const why = failed.error
    ? failed.error.message
    : failed.signal
      ? `stopped by ${failed.signal}`
      : `exit code ${failed.code}`
  console.error(`\nnpm test: "${failed.step}" failed (${why}).`)
  process.exit(failed.code || 1)
}
