import { describe, expect, it } from 'vitest'
import { findPersonalData, type PersonalDataKind } from '../../src/features/concerns/personal-data'

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
]

describe('findPersonalData', () => {
  it.each(warns)('warns about %j as %s', (text, kind) => {
    const kinds = findPersonalData(text, [MASH]).map((f) => f.kind)
    expect(kinds).toContain(kind)
  })

  it.each(quiet)('does not warn about %j', (text) => {
    expect(findPersonalData(text, [MASH, '999'])).toEqual([])
  })

  it('explains why each finding matters and quotes the text that triggered it', () => {
    const [finding] = findPersonalData('a girl called Mia')
    expect(finding).toMatchObject({ kind: 'name', match: 'called Mia' })
    expect(finding?.message).toMatch(/name/i)
  })

  it('reports a repeated match once', () => {
    expect(findPersonalData('OX1 2JD and again OX1 2JD')).toHaveLength(1)
  })
})
