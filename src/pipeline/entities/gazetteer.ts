/**
 * General world knowledge the entity stage needs and the text cannot teach
 * it: well-known aliases of countries and international bodies, nationality
 * adjectives, words that open a job title, and words that end an
 * organisation's or a place's name. Nothing here is keyed to any seed.
 */
import type { EntityKind } from '../../model.ts'
import { longestFirst } from '../../order.ts'
import { nameKey } from './names-key.ts'

interface Known {
  name: string
  kind: EntityKind
  aliases: string[]
}

const KNOWN: Known[] = [
  { name: 'United States', kind: 'place', aliases: ['US', 'U.S.', 'USA', 'U.S.A.', 'United States of America', 'America'] },
  { name: 'United Kingdom', kind: 'place', aliases: ['UK', 'U.K.', 'Britain', 'Great Britain'] },
  { name: 'North Korea', kind: 'place', aliases: ['DPRK', "Democratic People's Republic of Korea"] },
  { name: 'South Korea', kind: 'place', aliases: ['ROK', 'Republic of Korea'] },
  { name: 'Russia', kind: 'place', aliases: ['Russian Federation'] },
  { name: 'China', kind: 'place', aliases: ['PRC', "People's Republic of China", 'Mainland China'] },
  { name: 'Taiwan', kind: 'place', aliases: ['Republic of China'] },
  { name: 'Iran', kind: 'place', aliases: ['Islamic Republic of Iran'] },
  { name: 'Syria', kind: 'place', aliases: ['Syrian Arab Republic'] },
  { name: 'Czech Republic', kind: 'place', aliases: ['Czechia'] },
  { name: 'Ivory Coast', kind: 'place', aliases: ["Côte d'Ivoire", "Cote d'Ivoire"] },
  { name: 'Myanmar', kind: 'place', aliases: ['Burma'] },
  { name: 'Netherlands', kind: 'place', aliases: ['Holland', 'The Netherlands'] },
  { name: 'United Arab Emirates', kind: 'place', aliases: ['UAE', 'U.A.E.'] },
  { name: 'Democratic Republic of the Congo', kind: 'place', aliases: ['DRC', 'DR Congo'] },
  { name: 'Vatican City', kind: 'place', aliases: ['Holy See', 'Vatican'] },
  { name: 'Turkey', kind: 'place', aliases: ['Türkiye', 'Turkiye'] },
  { name: 'European Union', kind: 'organization', aliases: ['EU', 'E.U.'] },
  { name: 'United Nations', kind: 'organization', aliases: ['UN', 'U.N.'] },
  { name: 'NATO', kind: 'organization', aliases: ['North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation', 'Nato'] },
  { name: 'Group of Seven', kind: 'organization', aliases: ['G7', 'G-7'] },
  { name: 'Group of Twenty', kind: 'organization', aliases: ['G20', 'G-20'] },
  { name: 'World Health Organization', kind: 'organization', aliases: ['WHO', 'World Health Organisation'] },
  { name: 'International Monetary Fund', kind: 'organization', aliases: ['IMF'] },
  { name: 'World Trade Organization', kind: 'organization', aliases: ['WTO', 'World Trade Organisation'] },
  { name: 'Federal Bureau of Investigation', kind: 'organization', aliases: ['FBI'] },
  { name: 'Central Intelligence Agency', kind: 'organization', aliases: ['CIA'] },
]

/** Countries and regions the gazetteer knows only by their own name. */
const PLACES = `Afghanistan Albania Algeria Angola Argentina Armenia Australia Austria Azerbaijan Bahrain
Bangladesh Belarus Belgium Bolivia Bosnia Brazil Bulgaria Cambodia Cameroon Canada Chile Colombia Croatia
Cuba Cyprus Denmark Ecuador Egypt Estonia Ethiopia Finland France Georgia Germany Ghana Greece Greenland
Hungary Iceland India Indonesia Iraq Ireland Israel Italy Japan Jordan Kazakhstan Kenya Kosovo Kuwait
Laos Latvia Lebanon Libya Lithuania Luxembourg Malaysia Mali Mexico Moldova Mongolia Morocco Nepal
Nigeria Norway Oman Pakistan Palestine Panama Peru Philippines Poland Portugal Qatar Romania Rwanda
Scotland Senegal Serbia Singapore Slovakia Slovenia Somalia Spain Sudan Sweden Switzerland Tanzania
Thailand Tunisia Uganda Ukraine Uruguay Uzbekistan Venezuela Vietnam Wales Yemen Zambia Zimbabwe
England Europe Asia Africa`
  .split(/\s+/)
  .concat(['New Zealand', 'Saudi Arabia', 'South Africa', 'Sri Lanka', 'Northern Ireland', 'Hong Kong', 'Gaza Strip', 'West Bank', 'Latin America', 'Middle East'])

const BY_ALIAS = new Map<string, { name: string; kind: EntityKind }>()
for (const k of KNOWN) for (const alias of [k.name, ...k.aliases]) BY_ALIAS.set(nameKey(alias), { name: k.name, kind: k.kind })
for (const p of PLACES) BY_ALIAS.set(nameKey(p), { name: p, kind: 'place' })

/** The canonical name and kind of a well-known country or body, if `name` is one. */
export function lookupKnown(name: string): { name: string; kind: EntityKind } | undefined {
  return BY_ALIAS.get(nameKey(name))
}

/**
 * Nationality adjectives: they qualify a name ("Russian President") but are
 * not entities themselves. Words ending -ian/-ese/-ish are caught by rule.
 */
const DEMONYMS = new Set(
  `american british chinese french german korean japanese russian ukrainian iranian iraqi israeli
  palestinian syrian turkish indian pakistani afghan saudi egyptian european african asian arab
  western eastern northern southern north south east west dutch swiss swedish danish polish greek
  spanish italian irish scottish welsh english canadian mexican brazilian australian thai vietnamese
  taiwanese cuban kuwaiti qatari emirati yemeni lebanese sudanese nigerian kenyan belarusian georgian`.split(/\s+/),
)

export function isDemonym(word: string): boolean {
  const w = word.toLowerCase().replace(/s$/, '')
  return DEMONYMS.has(w) || /^[a-z]+(ian|ese|ish)$/.test(w)
}

/** Words that head a job title or honorific: the person's name follows. */
export const TITLE_HEADS = new Set(
  `president minister secretary chancellor premier leader governor senator sen rep representative
  congressman congresswoman king queen prince princess pope mayor general gen colonel col lieutenant
  admiral commander captain sergeant mr mrs ms miss dr sir dame lord lady ambassador envoy chairman officer
  chairwoman chair chief director spokesman spokeswoman spokesperson judge justice attorney coach
  manager ceo boss archbishop bishop father rev reverend professor prof emperor sheikh ayatollah
  vice-president deputy speaker commissioner`.split(/\s+/),
)

/** Words that name the office inside a title: "Secretary of *State*", "*Foreign* Minister". */
export const OFFICE_WORDS = new Set(
  `defense defence foreign state interior home finance trade economy justice health education
  prime vice deputy first acting former chief executive general senior foreign-affairs affairs
  security intelligence culture energy environment transport labour labor agriculture treasury
  national permanent opposition party army military intelligence-agency`.split(/\s+/),
)

/** Last words that make a name an organisation's. */
export const ORG_SUFFIXES = new Set(
  `agency ministry department council committee commission party bank company corporation corp inc
  ltd plc llc group university college school association union organisation organization court
  parliament assembly congress senate army navy forces office service institute foundation fund club
  league network authority board bureau society trust alliance coalition airlines airways motors
  studios records federation cabinet police guard channel broadcasting times post journal news press`.split(/\s+/),
)

/** Last words that make a name a document's or an event's, not an entity's: "… Treaty", "UN Charter". */
export const DOCUMENT_WORDS = new Set(
  `treaty agreement pact accord charter act bill law convention protocol declaration resolution
  partnership deal plan strategy initiative summit war crisis programme program doctrine`.split(/\s+/),
)

/** Words no entity name consists of alone (sentence-initial capitals, calendar words). */
export const NOT_NAMES = new Set(
  `monday tuesday wednesday thursday friday saturday sunday january february march april may june july
  august september october november december today yesterday tomorrow the a an this that these those
  it he she they we i you his her their our its mr mrs ms dr st`.split(/\s+/),
)

/**
 * Words that are no entity when they stand alone, though names end with
 * them ("British Bankers' *Association*", "Downing *Street*"), and common
 * nouns written in capitals ("TV", "DVD", "MP").
 */
export const NOT_NAMES_ALONE = new Set(
  `association union company corporation group department club society board office service university
  college school street road avenue square tv dvd cd pc mp mps msp msps mep meps ceo gdp vat pr hd id
  dj sms pin atm`.split(/\s+/),
)

/** Every alias the gazetteer knows, longest first so "North Korea" wins over "Korea". */
export function knownAliases(): string[] {
  return [...KNOWN_ALIASES]
}

/** The gazetteer is fixed: its aliases are listed and sorted once (every article reads them). */
const KNOWN_ALIASES: readonly string[] = (() => {
  const all = new Set<string>()
  for (const k of KNOWN) for (const alias of [k.name, ...k.aliases]) all.add(alias)
  for (const p of PLACES) all.add(p)
  return [...all].sort(longestFirst)
})()
