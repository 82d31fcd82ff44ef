/**
 * Capitalised words a councillor writes that are never a person: places in Oxfordshire, schools,
 * surgeries, services, teams, brands, months and days, languages. Compared in lower case, without
 * a final "’s". A phrase ("rose hill", "john radcliffe") covers its words only where they stand
 * together, so "Rose" alone can still be a child's name. Every county division's name is here: a
 * unit test checks them against the divisions the app knows.
 */
const PHRASES = `
oxford, oxfordshire, cherwell, vale of white horse, south oxfordshire, west oxfordshire, cotswolds, chilterns,
thames, isis, abingdon, banbury, bicester, didcot, witney, kidlington, carterton, wantage, grove, thame, henley,
henley-on-thames, wallingford, chipping norton, faringdon, woodstock, eynsham, chinnor, watlington, chalgrove,
benson, cholsey, goring, sonning common, berinsfield, garsington, wheatley, botley, cumnor, kennington, radley,
sutton courtenay, marcham, drayton, steventon, harwell, hagbourne, hendreds, blewbury, shrivenham, uffington,
bampton, burford, charlbury, wychwood, deddington, adderbury, bloxham, easington, hook norton, wroxton, bodicote,
cropredy, ambrosden, launton, arncott, islip, yarnton, begbroke, hanborough, minster lovell, freeland,
stonesfield, ducklington, standlake, stanton harcourt, wootton, tackley, steeple aston, upper heyford,
lower heyford, kirtlington, weston-on-the-green, otmoor, ploughley, horspath, littlemore, sandford, iffley,
iffley fields, cowley, cowley marsh, temple cowley, headington, quarry, marston, northway, barton, sandhills,
risinghurst, jericho, osney, summertown, wolvercote, cutteslowe, hinksey, north hinksey, south hinksey,
rose hill, blackbird leys, greater leys, leys, wood farm, florence park, east oxford, grimsbury, ruscote,
bretch hill, hardwick, calthorpe, neithrop, banbury cross, ladygrove, great western park, kingsmere, elmsbrook,
langford village, caversfield, graven hill, bure park, cogges, madley park, shores green, windrush, evenlode, ock,
shotover, port meadow, wytham, water eaton, peartree, seacourt, redbridge, thornhill, templars square, westgate,
gloucester green, bonn square, cornmarket, covered market, castle quay, spiceball, kassam, cowley centre,
orchard centre, broadway, carfax, university parks, lye valley, churchill, kingston, enstone, middle barton,
great tew, tetsworth, stadhampton, dorchester, clifton hampden, culham, nuneham courtenay, long wittenham,
little wittenham, east hendred, west hendred, crowmarsh, nettlebed, woodcote, checkendon, kidmore end, shiplake,
east challow, letcombe, childrey, ardington, milton, st mary’s, st. mary’s, st clement’s, st. clement’s,
st margaret’s, st. margaret’s, st ebbe’s, st aldates, st giles, john radcliffe, horton, nuffield, warneford,
radcliffe, bartholomew, cheney, larkmead, fitzharrys, gillotts, icknield, gosford, matthew arnold, lord williams,
marlborough, warriner, wood green, henry box, chiltern edge, langtree, st birinus, king alfred’s, john mason,
gagle brook, wykham park, blessed george napier, peers, oxford spires, swan, bayards hill, dr radcliffe’s,
bishop loveday, st edburg’s, europa, donnington, hightown, thriving families, kingfisher, early help,
family solutions, oxford hub, ark-t, thames valley, thames travel, stagecoach, park and ride, bullfinch,
oxford brookes, brookes, castle, northampton, swindon, reading, milton keynes, aylesbury, high wycombe, birmingham,
london, coventry, cheltenham, gloucester, newbury, brackley, buckingham, bristol, luton, leicester, northamptonshire,
buckinghamshire, berkshire, wiltshire, gloucestershire, warwickshire, england, wales, scotland, ireland, poland,
somalia, pakistan, bangladesh, india, nigeria, ghana, eritrea, afghanistan, syria, ukraine, romania
`

/** Words never a name on their own, whatever stands next to them. */
const WORDS = `
the, a, an, i, mum, mom, mam, mummy, dad, daddy, mother, father, nan, nana, nanna, gran, granny, grandad, grandma,
grandpa, grandmother, grandfather, auntie, aunty, aunt, uncle, sister, brother, son, daughter, baby, boy, girl,
lad, teacher, headteacher, head, councillor, cllr, sir, madam, chair, police, mash, social, services, children,
childline, nspcc, ofsted, oscb, camhs, team, emergency, council, county, school, nhs, gp, us, me, them, him, her,
it, someone, somebody, back, in, out, for, on, year, reception, class, key, stage, operation, young, older,
north, south, east, west, central, town, upper, lower, great, little, old, new, cabinet, scrutiny, committee,
board, member, members, leader, officer, director, directorate, report, plan, strategy, framework, review, policy,
monday, tuesday, wednesday, thursday, friday, saturday, sunday, january, february, march, april, may, june, july,
august, september, october, november, december, christmas, easter, eid, diwali, ramadan, halloween,
english, british, polish, somali, urdu, arabic, romanian, ukrainian, russian, irish, scottish, welsh, pakistani,
bangladeshi, indian, nigerian, ghanaian, eritrean, afghan, syrian, kurdish, turkish, portuguese, spanish,
italian, french, lithuanian, muslim, christian, sikh, hindu, jewish, catholic, traveller, travellers, roma, gypsy,
snapchat, tiktok, instagram, whatsapp, facebook, youtube, google, uber, deliveroo, tesco, co-op, sainsbury’s,
aldi, lidl, asda, morrisons, mcdonald’s, kfc, greggs, barnardo’s, covid, brexit, none, nothing, nobody, unknown,
anyone, everyone, everybody, various, several
`

/**
 * Words that make the capitalised words before them a place or an organisation ("Cherwell
 * School", "Pegasus Road", "the Kingfisher Team"), never a person.
 */
const INSTITUTIONS = `
school, academy, college, nursery, primary, university, hospital, surgery, practice, clinic, centre, center,
club, team, services, service, trust, partnership, hub, council, police, library, stadium, church, chapel,
mosque, gurdwara, temple, station, park, road, rd, street, st, lane, avenue, ave, close, drive, way, crescent,
court, gardens, terrace, square, estate, market, village, meadow, common, cross, bridge, lock, marsh, fields,
quay, parade, rise, mews, parkway, junction, retail, leisure, industrial, house, tower, towers, flats, hotel, pub, arms, inn, bar, cafe, café, shop, shops,
store, stores, foodbank, bank, group, network, project, board, unit
`

/** Words that end a place ("Bretch Hill") and a surname ("Alfie Green") alike. */
const PLACE_OR_SURNAME = `green, hill, grove, row, walk, view, brook, wood, field, hall, end, heath, leys, farm`

/** Each entry as the detector compares words: lower case, ’ for ', no final ’s on a word. */
const listOf = (text: string): string[] =>
  text
    .split(',')
    .map((entry) => entry.trim().replaceAll("'", '’').replace(/’s\b/gu, ''))
    .filter(Boolean)

export const NOT_NAME_PHRASES: ReadonlySet<string> = new Set(listOf(PHRASES))
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set(listOf(WORDS))
export const INSTITUTION_WORDS: ReadonlySet<string> = new Set(listOf(INSTITUTIONS))
export const PLACE_OR_SURNAME_WORDS: ReadonlySet<string> = new Set(listOf(PLACE_OR_SURNAME))
/** The longest phrase, in words. */
export const LONGEST_PHRASE = Math.max(...[...NOT_NAME_PHRASES].map((p) => p.split(' ').length))
