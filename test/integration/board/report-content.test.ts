/*
 * Every figure, objective, progress item, quotation and risk theme the board serves, checked
 * word for word against the report (test/fixtures/cabinet-report-2014-10-21.txt) and against the
 * paragraph it claims to come from. The UI tests check that each is shown with that paragraph.
 */
import { describe, expect, it } from 'vitest'
import { OBJECTIVES, RISK_THEMES } from '../../../src/lib/backend/seed/board-content'
import { ROLE_OF_MEMBERS } from '../../../src/features/board/role-of-members'
import { normalise, paragraph, paragraphs, paragraphsContaining } from './report-fixture'

describe('the report fixture', () => {
  it('holds paragraphs 2 to 12 in order', () => {
    expect([...paragraphs.keys()]).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
    expect(paragraph(4)).toMatch(/^4\. Objective: To be assured/)
    expect(paragraph(11)).toContain('eyes and ears')
  })
})

describe('the headline figures of the issue', () => {
  const figures = OBJECTIVES.flatMap((objective) => objective.figures)
  const display = (id: string) => figures.find((figure) => figure.id === id)?.display

  it.each([
    ['under-fives-childrens-centres', '48.2%', 4],
    ['thriving-families', '104', 4],
    ['mash-opened', 'Sept 2014', 4],
    ['cases-reviewed', '400+', 5],
  ] as const)('%s is %s, as para %i prints it', (id, printed, para) => {
    expect(display(id)).toBe(printed)
    expect(paragraph(para)).toContain(printed)
  })
})

describe.each(OBJECTIVES.map((objective) => [objective.id, objective] as const))(
  '%s',
  (_id, objective) => {
    it('quotes its objective word for word from its paragraph', () => {
      expect(paragraph(objective.sourceParagraph)).toContain(
        `Objective: ${normalise(objective.wording)}`,
      )
      expect(objective.sourceParagraph).toBe(objective.number + 3)
    })

    it.each(objective.figures.map((figure) => [figure.display, figure] as const))(
      'figure %s and its label are the report’s words, in its paragraph',
      (_display, figure) => {
        const text = paragraph(figure.sourceParagraph)
        expect(text).toContain(normalise(figure.display))
        expect(text).toContain(normalise(figure.label))
        // A number the report prints as a number reads the same way around it.
        if (figure.value !== null) {
          expect(text).toContain(normalise(`${figure.display} ${figure.label}`))
          expect(figure.display).toContain(String(figure.value))
        } else {
          expect(text).toContain(normalise(`${figure.label} in ${figure.display}`))
        }
        expect(figure.sourceParagraph).toBe(objective.sourceParagraph)
      },
    )

    it.each(objective.progress.map((item) => [item.id, item] as const))(
      'progress item %s is the report’s sentence, in its paragraph only',
      (_itemId, item) => {
        expect(paragraphsContaining(item.text)).toEqual([item.sourceParagraph])
      },
    )

    it.each(objective.evidence.map((evidence) => [evidence.id, evidence] as const))(
      'evidence %s quotes the report word for word',
      (_evidenceId, evidence) => {
        expect(paragraphsContaining(evidence.quote)).toEqual([evidence.sourceParagraph])
        expect(paragraph(evidence.sourceParagraph)).toContain(`'${normalise(evidence.quote)}'`)
      },
    )
  },
)

describe('objective 2’s evidence', () => {
  it('is the Ofsted inspection of May 2014, quoted from para 5', () => {
    const [evidence] = OBJECTIVES.find((objective) => objective.number === 2)?.evidence ?? []
    expect(evidence?.sourceParagraph).toBe(5)
    expect(evidence?.attribution).toMatch(/Ofsted/)
    expect(evidence?.attribution).toMatch(/May 2014/)
    expect(paragraph(5)).toContain(
      'The Ofsted inspection of safeguarding and looked after children in May 2014 commended',
    )
  })
})

describe('every sentence of the notable progress in paras 6 and 7 is served', () => {
  it.each([6, 7])('para %i', (para) => {
    const served = OBJECTIVES.flatMap((objective) => objective.progress)
      .filter((item) => item.sourceParagraph === para)
      .map((item) => normalise(item.text))
    const notable = paragraph(para).split('Notable progress: ')[1] ?? ''
    const sentences = notable
      .split(/(?<=\.) (?=[A-Z])/)
      .map((sentence) => sentence.trim())
      .filter(Boolean)
    expect(sentences.length).toBeGreaterThan(0)
    expect(served).toEqual(sentences)
  })
})

describe.each(RISK_THEMES.map((theme) => [theme.id, theme] as const))(
  'risk theme %s',
  (_id, theme) => {
    it('describes itself in the report’s words, from one of paras 8–10', () => {
      expect([8, 9, 10]).toContain(theme.sourceParagraph)
      expect(paragraph(theme.sourceParagraph)).toBe(
        `${theme.sourceParagraph}. ${normalise(theme.description)}`,
      )
    })

    it('links only objectives that exist', () => {
      const ids = OBJECTIVES.map((objective) => objective.id)
      for (const id of theme.relatedObjectiveIds) expect(ids).toContain(id)
    })
  },
)

describe('the sub-themes of adolescent vulnerability (para 9)', () => {
  const theme = RISK_THEMES.find((candidate) => candidate.id === 'adolescent-vulnerability')
  it.each([
    ['child-sexual-exploitation', 'child sexual exploitation'],
    ['camhs-referrals', 'referrals to child and adolescent mental health services'],
    [
      'high-risk-group',
      'a small but significant group of young people present a high risk of harm',
    ],
    ['neglect', 'childhood neglect'],
    ['domestic-abuse', 'domestic abuse'],
  ])('%s names what para 9 names: "%s"', (subThemeId, words) => {
    expect(theme?.subThemes.map((subTheme) => subTheme.id)).toContain(subThemeId)
    expect(paragraph(9)).toContain(words)
  })
})

describe('the role of members (para 11)', () => {
  it('quotes the chair word for word', () => {
    expect(paragraph(11)).toContain(
      `${ROLE_OF_MEMBERS.attribution} '${normalise(ROLE_OF_MEMBERS.quote)}'`,
    )
    expect(ROLE_OF_MEMBERS.sourceParagraph).toBe(11)
  })
})
