// test/setup.ts fails a test that logs console.error or console.warn it did not declare
// (test/helpers/console.ts). These check the check itself.
import { describe, expect, it } from 'vitest'
import { expectConsoleError, expectConsoleWarn, takeConsoleProblems } from '../helpers/console'

describe('the console check', () => {
  it('lets a test declare what it provokes, as often as it comes', () => {
    expectConsoleError(/could not load/)
    expectConsoleWarn(/deprecated/)
    console.error('The page %s could not load', '/review')
    console.error(new Error('It could not load again'))
    console.warn('This option is deprecated')
    expect(takeConsoleProblems()).toBeNull()
  })

  it('matches every time, even with a global pattern', () => {
    expectConsoleError(/again/g)
    console.error('again')
    console.error('again')
    expect(takeConsoleProblems()).toBeNull()
  })

  it('names an undeclared log, and a declared one that never came', () => {
    expectConsoleError(/never logged/)
    console.warn('A stray warning about %o', { id: 7 })
    const problems = takeConsoleProblems() ?? ''
    expect(problems).toMatch(/unexpected console\.warn .*\nA stray warning about \{ id: 7 \}/)
    expect(problems).toContain('expected a console.error matching /never logged/, but none came')
    // Each test starts afresh.
    expect(takeConsoleProblems()).toBeNull()
  })

  it('does not let a declared error excuse a warning, or the other way round', () => {
    expectConsoleError(/boom/)
    console.warn('boom')
    expect(takeConsoleProblems()).toMatch(/unexpected console\.warn[^]*\nboom[^]*but none came/)
  })
})
