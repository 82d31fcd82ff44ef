import type { ConcernStatus, CreateConcernRequest } from '../../api/schemas'
import type { PersonaId } from './personas'

/**
 * Demo concerns shipped with the mock server, all flagged `sample: true` so the app labels them
 * "Sample data". They describe patterns and places, never a person, and claim nothing about the
 * real divisions they are filed under. Dates are relative to when the demo data is created.
 */
export interface SampleConcernSeed {
  id: string
  authorId: PersonaId
  daysAgo: number
  request: CreateConcernRequest
  /**
   * What happened afterwards, each `daysAfter` the concern was raised: the chair's changes, or
   * (`message`) information the author added.
   */
  changes: ReadonlyArray<{
    daysAfter: number
    message?: string
    status?: ConcernStatus
    reply?: string
    note?: string
    referredTo?: string
    closeReason?: string
  }>
  /** How many of the replies the author has opened. */
  repliesRead: number
}

export const SAMPLE_CONCERNS: readonly SampleConcernSeed[] = [
  {
    id: 'sample-01',
    authorId: 'cllr-banbury',
    daysAgo: 340,
    request: {
      divisionId: 'banbury-calthorpe',
      themeId: 'adolescent-vulnerability',
      subThemeId: 'child-sexual-exploitation',
      objectiveId: 'objective-4',
      title: 'Teenagers offered lifts by adults late at night',
      details:
        'Residents at my surgery described adults in cars offering lifts to groups of teenagers near a town-centre car park late in the evening, several times over a month. They were not sure whom to tell.',
      location: 'Town centre, near a car park',
      source: 'surgery',
      alreadyReported: 'police',
      wantsReply: true,
      personalDataConfirmed: true,
    },
    changes: [
      {
        daysAfter: 1,
        status: 'acknowledged',
        reply: 'Thank you for raising this. We have logged it and will look at it with partners.',
      },
      { daysAfter: 5, status: 'in-review' },
      {
        daysAfter: 12,
        status: 'referred',
        referredTo: 'Kingfisher Team',
        reply:
          'We have passed this to the Kingfisher Team, who lead on sexual exploitation. Thank you for telling us.',
      },
    ],
    repliesRead: 2,
  },
  {
    id: 'sample-02',
    authorId: 'cllr-oxford',
    daysAgo: 262,
    request: {
      divisionId: 'jericho-and-osney',
      themeId: 'adolescent-vulnerability',
      subThemeId: 'camhs-referrals',
      objectiveId: null,
      title: 'Long waits for young people’s mental health support',
      details:
        'Parents at a community group told me that teenagers referred for mental health support wait many months with little contact in the meantime. A youth worker called Sam at the community centre has been trying to help.',
      location: '',
      source: 'community-group',
      alreadyReported: 'no',
      wantsReply: true,
      personalDataConfirmed: true,
      // The detector reads "Sam" as a name; the councillor confirmed it is a worker, not a child
      // or family, so the chair sees the flag (decision 0014).
      personalDataOverrides: [{ field: 'details', kind: 'name', match: 'Sam' }],
    },
    changes: [
      { daysAfter: 2, status: 'acknowledged' },
      { daysAfter: 10, status: 'in-review' },
      {
        daysAfter: 30,
        status: 'actioned',
        reply:
          'We have raised waiting times with the health partners on the Board and asked for an update at the next meeting.',
      },
    ],
    repliesRead: 1,
  },
  {
    id: 'sample-03',
    authorId: 'cllr-didcot',
    daysAgo: 195,
    request: {
      divisionId: 'didcot-ladygrove',
      themeId: 'rising-demand',
      subThemeId: 'child-protection',
      objectiveId: 'objective-1',
      title: 'Families unsure where to get early help',
      details:
        'At a drop-in session several parents said they did not know where to turn for help before problems become serious, and that the children’s centre was their only contact.',
      location: 'Near the local shops',
      source: 'visit',
      alreadyReported: 'not-sure',
      wantsReply: false,
      personalDataConfirmed: true,
    },
    changes: [
      { daysAfter: 3, status: 'acknowledged' },
      { daysAfter: 15, status: 'in-review' },
      {
        daysAfter: 40,
        status: 'closed',
        closeReason:
          'Shared with the early help service as background; nothing further for the Board.',
      },
    ],
    repliesRead: 0,
  },
  {
    id: 'sample-04',
    authorId: 'cllr-banbury',
    daysAgo: 124,
    request: {
      divisionId: 'banbury-ruscote',
      themeId: 'other',
      subThemeId: null,
      objectiveId: 'objective-3',
      title: 'Evening youth session cut back',
      details:
        'A youth worker told me the evening youth session has been cut back, and young people now gather in a park with no adults around.',
      location: 'A park in the division',
      source: 'partner',
      alreadyReported: 'no',
      wantsReply: true,
      personalDataConfirmed: true,
    },
    changes: [
      {
        daysAfter: 2,
        status: 'acknowledged',
        reply: 'Thank you. We have logged this and will come back to you.',
      },
      {
        daysAfter: 9,
        status: 'in-review',
        note: 'Ask the youth service whether sessions elsewhere changed at the same time.',
      },
    ],
    repliesRead: 0,
  },
  {
    id: 'sample-05',
    authorId: 'cllr-oxford',
    daysAgo: 71,
    request: {
      divisionId: 'jericho-and-osney',
      themeId: 'adolescent-vulnerability',
      subThemeId: 'domestic-abuse',
      objectiveId: null,
      title: 'Residents unsure whether to report domestic incidents',
      details:
        'Members of a residents’ association said they hear more domestic incidents at weekends and worry about the effect on children, but do not know whether or how to report them.',
      location: '',
      source: 'community-group',
      alreadyReported: 'not-sure',
      wantsReply: true,
      personalDataConfirmed: true,
    },
    changes: [
      {
        daysAfter: 4,
        status: 'acknowledged',
        reply:
          'Thank you for raising this concern. Could you tell me more about when the incidents happen? Please do not include names or other details that could identify a child or family.',
      },
      {
        daysAfter: 6,
        message:
          'Mostly on Friday and Saturday nights, the residents say, and more often in the school holidays.',
      },
    ],
    repliesRead: 1,
  },
  {
    id: 'sample-06',
    authorId: 'cllr-didcot',
    daysAgo: 36,
    request: {
      divisionId: 'didcot-west',
      themeId: 'adolescent-vulnerability',
      subThemeId: 'neglect',
      objectiveId: null,
      title: 'Young children out alone late on school nights',
      details:
        'Shop staff mentioned that young children often come in alone late on school nights to buy food, and asked whether anyone is keeping an eye on this.',
      location: 'Near a parade of shops',
      source: 'visit',
      alreadyReported: 'no',
      wantsReply: true,
      personalDataConfirmed: true,
    },
    changes: [
      { daysAfter: 1, status: 'acknowledged' },
      {
        daysAfter: 6,
        status: 'in-review',
        reply: 'We are looking at this with the local early help team and will update you.',
      },
    ],
    repliesRead: 0,
  },
  {
    id: 'sample-07',
    authorId: 'cllr-banbury',
    daysAgo: 12,
    request: {
      divisionId: 'banbury-calthorpe',
      themeId: 'serious-case-reviews',
      subThemeId: null,
      objectiveId: 'objective-2',
      title: 'Parents asking how lessons from reviews are shared',
      details:
        'A parents’ group asked how the Board shares what it learns from serious case reviews with local schools and clubs.',
      location: '',
      source: 'community-group',
      alreadyReported: 'no',
      wantsReply: true,
      personalDataConfirmed: true,
    },
    changes: [],
    repliesRead: 0,
  },
  {
    id: 'sample-08',
    authorId: 'cllr-didcot',
    daysAgo: 3,
    request: {
      divisionId: 'didcot-east-and-hagbourne',
      themeId: 'rising-demand',
      subThemeId: 'children-in-care',
      objectiveId: null,
      title: 'Foster carers say local placements are hard to find',
      details:
        'Two foster carers at my surgery said they are often asked to take children from far away and that placements close to home seem scarce.',
      location: '',
      source: 'surgery',
      alreadyReported: 'no',
      wantsReply: false,
      personalDataConfirmed: true,
    },
    changes: [],
    repliesRead: 0,
  },
]
