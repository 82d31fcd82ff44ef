import type { Objective, RiskTheme } from '../../api/schemas'

/*
 * Everything here comes from the Cabinet report of 21 October 2014 on the OSCB Annual Report
 * 2013-14, with the paragraph it comes from. `wording`, progress `text`, evidence `quote` and the
 * risk themes' `description` are the report's own words; short titles and summaries only
 * paraphrase it. Nothing may be added that the report does not say.
 */

/** The report describes the Board's year 2013-14; "the last year" in para 5 means that year. */
const REPORT_YEAR = '2013-14 (report year)'

export const OBJECTIVES: readonly Objective[] = [
  {
    id: 'objective-1',
    number: 1,
    shortTitle: 'Safeguarding across the child’s journey',
    wording:
      "To be assured that there is effective, co-ordinated safeguarding practice, provision and outcomes across the child's journey from universal, through early help, child protection and children in care provision.",
    summary:
      'Being sure that safeguarding practice, provision and outcomes are effective and co-ordinated at every stage: universal services, early help, child protection and children in care.',
    progress: [],
    figures: [
      {
        id: 'under-fives-childrens-centres',
        display: '48.2%',
        value: 48.2,
        unit: '%',
        label:
          "of under 5s in Oxfordshire have been involved in at least one activity in a children's centre",
        asOf: REPORT_YEAR,
        sourceParagraph: 4,
      },
      {
        id: 'thriving-families',
        display: '104',
        value: 104,
        unit: 'families',
        label: 'families have had intensive support from Thriving Families',
        asOf: REPORT_YEAR,
        sourceParagraph: 4,
      },
      {
        id: 'mash-opened',
        display: 'Sept 2014',
        value: null,
        unit: null,
        label: 'the Multi-Agency Safeguarding Hub opened',
        asOf: 'September 2014',
        sourceParagraph: 4,
      },
    ],
    evidence: [],
    sourceParagraph: 4,
    relatedRiskThemeIds: ['rising-demand'],
  },
  {
    id: 'objective-2',
    number: 2,
    shortTitle: 'Quality assurance and challenge',
    wording: 'To improve the quality assurance work and challenge role of the OSCB',
    summary: 'Improving the Board’s quality assurance work and its challenge role.',
    progress: [],
    figures: [
      {
        id: 'cases-reviewed',
        display: '400+',
        value: 400,
        unit: 'cases',
        label:
          'cases reviewed in the last year leading to new guidance for agencies and learning for practitioners',
        asOf: REPORT_YEAR,
        sourceParagraph: 5,
      },
    ],
    evidence: [
      {
        id: 'ofsted-may-2014',
        quote:
          'learning from serious case reviews, the comprehensive auditing programme and findings from the routine consideration of an extensive suite of performance information',
        attribution:
          'Ofsted inspection of safeguarding and looked after children, May 2014 (commending the Board’s work)',
        sourceParagraph: 5,
      },
    ],
    sourceParagraph: 5,
    relatedRiskThemeIds: ['serious-case-reviews'],
  },
  {
    id: 'objective-3',
    number: 3,
    shortTitle: 'Engaging children, young people and practitioners',
    wording:
      'To improve how we capture the engagement of children and young people and frontline practitioners.',
    summary:
      'Improving how the Board captures the engagement of children and young people, and of frontline practitioners.',
    progress: [
      {
        id: 'objective-3-film',
        text: "The presentation of the children and young people's own film on risk at the annual OSCB conference in March 2014.",
        sourceParagraph: 6,
      },
      {
        id: 'objective-3-councils-and-boards',
        text: "The Children in Care Council, Oxfordshire's youth parliament and sounding boards have debated safeguarding topics and are having a direct impact on service developments.",
        sourceParagraph: 6,
      },
      {
        id: 'objective-3-talks-in-schools',
        text: 'For example, ex-drug users give talks to young people in schools which, they tell us, have a positive effect on their behaviours.',
        sourceParagraph: 6,
      },
      {
        id: 'objective-3-practitioners',
        text: 'Frontline practitioners are consulted to improve practice guidance, training and risk assessment tools produced by the Board.',
        sourceParagraph: 6,
      },
    ],
    figures: [],
    evidence: [],
    sourceParagraph: 6,
    relatedRiskThemeIds: [],
  },
  {
    id: 'objective-4',
    number: 4,
    shortTitle: 'Focus on risk groups and themes',
    wording:
      'To maintain an inter-agency focus on safeguarding risk groups and themes in the local context.',
    summary:
      'Keeping all the agencies focused together on the groups and themes that carry safeguarding risk locally.',
    progress: [
      {
        id: 'objective-4-camhs-priority',
        text: 'Looked after children now receive a high priority within child and adolescent mental health services.',
        sourceParagraph: 7,
      },
      {
        id: 'objective-4-placement-strategy',
        text: "Findings from OSCB audits of children with complex needs underpinned the placement strategy to keep our most risky children 'in county' and closer to home.",
        sourceParagraph: 7,
      },
      {
        id: 'objective-4-kingfisher',
        text: 'Children at risk of sexual exploitation continue to receive specialist multi-agency protection through the Kingfisher Team.',
        sourceParagraph: 7,
      },
    ],
    figures: [],
    evidence: [],
    sourceParagraph: 7,
    relatedRiskThemeIds: ['adolescent-vulnerability'],
  },
]

export type RiskThemeContent = Omit<RiskTheme, 'concernCount'>

/** The report's "future challenges" (paras 8–10), which concerns are raised under. */
export const RISK_THEMES: readonly RiskThemeContent[] = [
  {
    id: 'rising-demand',
    number: 1,
    title: 'Rising child protection and children in care activity',
    description:
      'Managing the consequences of increased activity in both child protection and child in care systems. Nationally there has been a rise and this is now pronounced in Oxfordshire.',
    subThemes: [
      { id: 'child-protection', label: 'Child protection activity' },
      { id: 'children-in-care', label: 'Children in care activity' },
    ],
    sourceParagraph: 8,
    relatedObjectiveIds: ['objective-1'],
  },
  {
    id: 'adolescent-vulnerability',
    number: 2,
    title: 'Adolescent vulnerability',
    description:
      "Adolescents are vulnerable, as reflected in the OSCB report. So, for example, child sexual exploitation continues to be reported and the police and children's services are working hard to tackle it; referrals to child and adolescent mental health services have risen; a small but significant group of young people present a high risk of harm to the public; childhood neglect and domestic abuse all have a negative impact on young people's resilience. These are key issues for the OSCB to address in the coming year.",
    subThemes: [
      { id: 'child-sexual-exploitation', label: 'Child sexual exploitation' },
      {
        id: 'camhs-referrals',
        label: 'Referrals to child and adolescent mental health services',
      },
      {
        id: 'high-risk-group',
        label:
          'A small but significant group of young people presenting a high risk of harm to the public',
      },
      { id: 'neglect', label: 'Childhood neglect' },
      { id: 'domestic-abuse', label: 'Domestic abuse' },
    ],
    sourceParagraph: 9,
    relatedObjectiveIds: ['objective-4'],
  },
  {
    id: 'serious-case-reviews',
    number: 3,
    title: 'Two Serious Case Reviews to be published in 2015',
    description:
      'At the time of writing we are aware that two Serious Case Reviews are due to be published in 2015. Statutory guidance requires the OSCB to publish these reports which will, naturally, attract public interest and scrutiny.',
    subThemes: [],
    sourceParagraph: 10,
    relatedObjectiveIds: ['objective-2'],
  },
]

const objectivesById = new Map(OBJECTIVES.map((objective) => [objective.id, objective]))
const themesById = new Map(RISK_THEMES.map((theme) => [theme.id, theme]))

export const findObjective = (id: string): Objective | undefined => objectivesById.get(id)
export const findRiskTheme = (id: string): RiskThemeContent | undefined => themesById.get(id)
