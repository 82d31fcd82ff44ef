import { describe, expect, it } from 'vitest'
import { DIVISIONS } from '../../src/lib/backend/seed/divisions'
import {
  findPersonalData,
  findPersonalDataInFields,
  PERSONAL_DATA_KINDS,
  PERSONAL_DATA_MESSAGES,
  type PersonalDataKind,
} from '../../src/lib/personal-data'

const MASH = '0345 050 7666'

const warns: Array<[string, PersonalDataKind]> = [
  ['A boy called Jayden is often out late', 'name'],
  ['the older sister, named Amy Smith, said', 'name'],
  ['a lad known as Kai hangs around the shop', 'name'],
  ['her name is Ava', 'name'],
  ['Mrs Patel at the corner shop mentioned it', 'name'],
  ['born 12/03/2015 according to neighbours', 'date'],
  ['seen on 3-4-24 near the park', 'date'],
  ['her birthday is 3rd March 2016', 'date'],
  ['DOB unknown', 'date'],
  ['date of birth given at the surgery', 'date'],
  ['they live near OX16 5AB', 'postcode'],
  ['postcode ox4 1jd', 'postcode'],
  ['call the mother on 07700 900123', 'phone'],
  ['landline 01865 123456', 'phone'],
  ['mobile +44 7700 900123', 'phone'],
  ['email parent@example.com for more', 'email'],
  ['the family at 14 Acacia Road', 'address'],
  ['flat 2b, 7 High Street', 'address'],
  ['a Year 9 pupil at the academy', 'school-year'],
  ['pupils in year 6 at St Mary’s Primary', 'school-year'],
  // Gaps found while building the form: names with apostrophes, hyphens and accents, family
  // names, ISO dates and birth years.
  ['a lad named O’Brien hangs about', 'name'],
  ['her brother is called Jayden-Lee', 'name'],
  ['a girl called Zoë', 'name'],
  ['a boy called Łukasz', 'name'],
  ['the Smith family on the estate', 'name'],
  ['the Novak household next door', 'name'],
  ['born 2010-03-12', 'date'],
  ['date of birth 2010-03-12', 'date'],
  ['born in March 2012', 'date'],
  ['mobile 07700-900-123', 'phone'],
  ['call them on 07700900123', 'phone'],
  ['their email is a.b@example.co.uk', 'email'],
  ['flat 3, Blenheim Court', 'address'],
  ['Jamie, aged 7, is often out alone', 'age'],
  ['a 7 year old on his own', 'age'],
  ['a seven-year-old at the bus stop', 'age'],
  ['her 13yo brother', 'age'],
  ['she is age 12', 'age'],
  ['NHS number 943 476 5919', 'nhs-number'],
  ['nhs no 9434765919', 'nhs-number'],
  ['March 3rd 2015 is her birthday', 'date'],
]

const quiet: string[] = [
  'Young people gather late at night near the skate park',
  'I called the police and they already knew',
  'Parents called MASH last week',
  'A group called Thriving Families came up at surgery',
  'Several families mentioned the closure of the children’s centre',
  'Reported to MASH on 0345 050 7666 already',
  'It happens mostly in the evenings and at weekends',
  'Around 20 children attend the youth club in the village',
  'The OX16 area has seen more reports',
  'Concerns about the school bus stop after dark',
  'In 2014 the centre closed',
  'Call 999 if a child is in immediate danger',
  'Out of hours the Emergency Duty Team on 0800 833 408',
  'I called Social Services and they knew',
  'We called Thames Valley Police',
  'Children called names at the bus stop',
  'Someone called out to the children',
  'The 2013-15 Business Plan mentions it',
  'The Banbury family centre has closed',
  'The Thriving Families team came',
  'They were born and raised in the town',
  'Most days between 3-4pm near the shops',
  'The A34 slip road has no lighting',
  'About 20 children in years 7 to 9',
  'Called I think last week',
  'Children aged 11 to 16 gather there',
  'Teenagers aged 13-15 on the estate',
  'Mostly 11 to 16 year olds',
  'The number 4 bus stop',
  'Reference 943 476 5910 is not a valid NHS number',
]

const ALLOWED = { allowedNumbers: [MASH, '999', '0800 833 408'] }

describe('findPersonalData', () => {
  it.each(warns)('warns about %j as %s', (text, kind) => {
    const kinds = findPersonalData(text, ALLOWED).map((f) => f.kind)
    expect(kinds).toContain(kind)
  })

  it.each(quiet)('does not warn about %j', (text) => {
    expect(findPersonalData(text, ALLOWED)).toEqual([])
  })

  it('gives each finding where it is in the text', () => {
    const text = 'Mia, called Mia Jones, DOB 3 March 2010, lives at 14 Acacia Road, OX4 1JD'
    const findings = findPersonalData(text)
    expect(findings.map(({ kind, match }) => [kind, match])).toEqual([
      ['name', 'Mia'],
      ['name', 'Mia Jones'],
      ['date', 'DOB'],
      ['date', '3 March 2010'],
      ['address', '14 Acacia Road'],
      ['postcode', 'OX4 1JD'],
    ])
    for (const finding of findings) {
      expect(text.slice(finding.start, finding.end)).toBe(finding.match)
    }
  })

  it('counts offsets in UTF-16 code units, after emoji and accents', () => {
    const text = '😀 Zoë said: call 07700 900123'
    const finding = findPersonalData(text).find((f) => f.kind === 'phone')
    expect(finding).toMatchObject({ match: '07700 900123' })
    expect(text.slice(finding?.start, finding?.end)).toBe('07700 900123')
  })

  it('quotes the name itself after "called", and a whole name, apostrophe and all', () => {
    expect(findPersonalData('a girl called Mia')[0]).toMatchObject({ kind: 'name', match: 'Mia' })
    expect(findPersonalData('named O’Brien')[0]?.match).toBe('O’Brien')
    expect(findPersonalData('called Jayden-Lee Smith')[0]?.match).toBe('Jayden-Lee Smith')
  })

  it('reports each occurrence, so each can be marked', () => {
    expect(findPersonalData('OX1 2JD and again OX1 2JD').map((f) => f.start)).toEqual([0, 18])
  })

  it('reports a 10-digit number only when its NHS check digit is right', () => {
    expect(findPersonalData('943-476-5919')).toMatchObject([{ kind: 'nhs-number' }])
    expect(findPersonalData('943-476-5918')).toEqual([])
  })

  it('has a message for every kind, in the form’s words', () => {
    for (const kind of PERSONAL_DATA_KINDS) expect(PERSONAL_DATA_MESSAGES[kind]).toMatch(/\.$/)
  })
})

describe('names', () => {
  it.each([
    ['Jamie Smith, aged 7, is often out alone', 'Jamie Smith'],
    ['I saw Kai again by the shops', 'Kai'],
    ['Dmytro is 9 and walks to school alone', 'Dmytro'],
    ['Her friend Deqa was with her', 'Deqa'],
    ['Ms Okonkwo’s son', 'Ms Okonkwo'],
  ])('finds the name in %j', (text, name) => {
    expect(
      findPersonalData(text)
        .filter((f) => f.kind === 'name')
        .map((f) => f.match),
    ).toEqual([name])
  })

  it.each([
    'Young people gather near Banbury Cross after school',
    'Thriving Families came up at my surgery',
    'The Kingfisher Team have a waiting list',
    'Parents at Cherwell School are worried',
    'The MASH said they knew about it',
    'Nurses at the John Radcliffe see this every week',
    'Staff at St Luke’s church hall run a club on Fridays',
    'The Annual Report mentions it',
    'In March and April it got worse',
  ])('finds no name in %j', (text) => {
    expect(findPersonalData(text)).toEqual([])
  })

  it.each(DIVISIONS.map((division) => division.name))(
    'never takes the division %s for a name',
    (name) => {
      expect(findPersonalData(`Families in ${name} say this. ${name} has no youth club.`)).toEqual(
        [],
      )
    },
  )
})

describe('findPersonalDataInFields', () => {
  it('keys findings by field and leaves out fields with none', () => {
    const found = findPersonalDataInFields({
      title: 'Boys on bikes',
      details: 'One is called Kai',
      location: 'near OX4 1JD',
    })
    expect(Object.keys(found)).toEqual(['details', 'location'])
    expect(found.details).toMatchObject([{ kind: 'name', match: 'Kai' }])
  })
})
