import { beforeEach, describe, expect, it } from 'vitest'
import {
  divisionListSchema,
  objectiveListSchema,
  objectiveSchema,
  riskThemeListSchema,
  riskThemeSchema,
} from '../../src/lib/api'
import { signInAs } from './backend'
import { call, expectProblem, parse, raise } from './http'

describe('reference data needs a signed-in user', () => {
  it.each([
    '/objectives',
    '/objectives/objective-1',
    '/risk-themes',
    '/risk-themes/rising-demand',
    '/divisions',
  ])('GET %s answers 401 when signed out', async (path) => {
    expectProblem(await call('GET', path), 401, 'unauthorized')
  })
})

describe('objectives', () => {
  beforeEach(() => signInAs('cllr-banbury'))

  it('lists the four objectives of the Business Plan with their report paragraphs', async () => {
    const objectives = parse(objectiveListSchema, await call('GET', '/objectives'))
    expect(objectives.map((o) => [o.id, o.number, o.sourceParagraph])).toEqual([
      ['objective-1', 1, 4],
      ['objective-2', 2, 5],
      ['objective-3', 3, 6],
      ['objective-4', 4, 7],
    ])
    const figures = objectives.flatMap((o) => o.figures)
    expect(figures.map((f) => [f.display, f.value, f.sourceParagraph])).toEqual([
      ['48.2%', 48.2, 4],
      ['104', 104, 4],
      ['Sept 2014', null, 4],
      ['400+', 400, 5],
    ])
  })

  it('gets one objective, with the Ofsted quotation as evidence under objective 2', async () => {
    const objective = parse(objectiveSchema, await call('GET', '/objectives/objective-2'))
    expect(objective.wording).toBe(
      'To improve the quality assurance work and challenge role of the OSCB',
    )
    expect(objective.evidence).toHaveLength(1)
    expect(objective.evidence[0]?.quote).toMatch(/^learning from serious case reviews/)
  })

  it('answers 404 for an unknown objective', async () => {
    expectProblem(await call('GET', '/objectives/objective-9'), 404, 'not-found')
  })
})

describe('risk themes', () => {
  beforeEach(() => signInAs('cllr-banbury'))

  it('lists the three future challenges with sub-themes and live concern counts', async () => {
    const themes = parse(riskThemeListSchema, await call('GET', '/risk-themes'))
    expect(themes.map((t) => [t.id, t.sourceParagraph])).toEqual([
      ['rising-demand', 8],
      ['adolescent-vulnerability', 9],
      ['serious-case-reviews', 10],
    ])
    expect(themes[1]?.subThemes.map((s) => s.id)).toEqual([
      'child-sexual-exploitation',
      'camhs-referrals',
      'high-risk-group',
      'neglect',
      'domestic-abuse',
    ])
    // Sample data: four concerns under adolescent vulnerability, across all councillors.
    expect(themes.map((t) => t.concernCount)).toEqual([2, 4, 1])
  })

  it('counts a new concern at once, whoever raised it', async () => {
    await raise({ themeId: 'serious-case-reviews', subThemeId: null })
    await signInAs('cllr-oxford')
    const theme = parse(riskThemeSchema, await call('GET', '/risk-themes/serious-case-reviews'))
    expect(theme.concernCount).toBe(2)
  })

  it('answers 404 for an unknown risk theme', async () => {
    expectProblem(await call('GET', '/risk-themes/other'), 404, 'not-found')
  })
})

describe('divisions', () => {
  it('lists the 61 divisions with districts and 63 councillors in all', async () => {
    await signInAs('chair')
    const divisions = parse(divisionListSchema, await call('GET', '/divisions'))
    expect(divisions).toHaveLength(61)
    expect(new Set(divisions.map((d) => d.id)).size).toBe(61)
    expect(divisions.reduce((sum, d) => sum + d.councillors, 0)).toBe(63)
    expect(divisions.find((d) => d.id === 'banbury-calthorpe')).toEqual({
      id: 'banbury-calthorpe',
      name: 'Banbury Calthorpe',
      district: 'Cherwell',
      councillors: 1,
    })
  })
})
