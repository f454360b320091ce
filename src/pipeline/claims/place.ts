/**
 * The place a figure is about, where its clause names one after a locative
 * word: "3,000 troops entered eastern Russia" → "eastern Russia", "stationed
 * in the Kursk region" → "the Kursk region". A name that only describes the
 * counted thing ("North Korean troops", "Russian bases") is not a place, and
 * neither is a date ("in October").
 */
import type { Term } from '../stories/quantities.ts'
import { FRAMED_LANGUAGES } from './reporting-words.ts'

const LOCATIVE = new Set(['in', 'into', 'to', 'at', 'near', 'inside', 'across', 'within', 'on', 'toward', 'towards', 'along', 'entered', 'reached', 'crossed'])
/**
 * The same words in Portuguese, Spanish, Italian, French and German ("na
 * Rússia", "en Kursk", "nella regione", "dans l'est", "im Osten"), where a
 * capitalised word after them names the place.
 */
const LOCATIVE_OTHER_LANGUAGES = new Set([
  'em', 'no', 'na', 'nos', 'nas', 'para', 'perto', 'en', 'hacia', 'cerca', 'in', 'nel', 'nella', 'nei', 'nelle', 'verso', 'a', 'à', 'au', 'aux', 'dans', 'vers', 'im', 'nach', 'bei',
])
const DIRECTIONS = /^(north|south|east|west|central|(north|south)-?(east|west))(ern)?$/i
/** A common noun that ends a place's name: "the Kursk region". */
const PLACE_NOUNS = new Set(['region', 'province', 'oblast', 'area', 'border', 'peninsula', 'state', 'county', 'district', 'city', 'front', 'coast', 'island', 'islands'])

const isName = (t: Term) => /^\p{Lu}/u.test(t.text) && !t.tags.includes('Date') && !/\d/.test(t.text)
const closes = (t: Term) => /[,;:.!?()—–]/.test(t.post)

/** The first place named in terms [from, to), as written; null when none. */
export function placeIn(sentence: string, terms: Term[], from: number, to: number, language = 'en'): string | null {
  const locative = FRAMED_LANGUAGES.has(language) ? LOCATIVE_OTHER_LANGUAGES : LOCATIVE
  for (let k = from; k < to - 1; k++) {
    if (!locative.has(terms[k]!.normal) || closes(terms[k]!)) continue
    let start = k + 1
    let i = start
    if (terms[i]?.normal === 'the' && !closes(terms[i]!)) i++
    if (terms[i] && DIRECTIONS.test(terms[i]!.normal) && !closes(terms[i]!) && terms[i + 1] && isName(terms[i + 1]!)) i++
    const nameStart = i
    while (i < to && isName(terms[i]!) && !closes(terms[i]!) && terms[i + 1] && i + 1 < to && isName(terms[i + 1]!)) i++
    if (i >= to || !isName(terms[i]!)) continue
    let end = i
    const names = terms.slice(nameStart, end + 1)
    if (!closes(terms[end]!) && terms[end + 1] && end + 1 < to && PLACE_NOUNS.has(terms[end + 1]!.normal)) end++
    // Only a demonym before a common noun ("Russian bases") describes, it does not place.
    else if (names.every((t) => t.tags.includes('Demonym'))) continue
    if (terms[start]!.normal !== 'the' && start !== nameStart && !DIRECTIONS.test(terms[start]!.normal)) start = nameStart
    const a = terms[start]!
    const b = terms[end]!
    return sentence.slice(a.offset.start, b.offset.start + b.offset.length).replace(/[\s"“”‘’',.;:)]+$/u, '')
  }
  return null
}
