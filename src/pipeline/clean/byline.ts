/**
 * Bylines and the names in them. Recognised shapes:
 * "By Sarah E. Needleman", "By Eric Song, IGN Staff", "By A and B | Outlet",
 * "November 12, 2018 | BY: Desk", "Chris Davies - Nov 19, 2019, 10:31 pm",
 * "Catherine Shu @catherineshu / 2 days"; and in other languages the word
 * for "by" before a name alone: "Por Mariana Albuquerque" (pt, es), "Par
 * Claire Dubois" (fr), "di Giulia Bernardi" (it), "Von Jonas Weber" (de),
 * "Door Sanne de Vries" (nl), "Av Erik Lindgren" (sv, no; "Af" in da), "Oleh
 * Dewi Lestari" (id, ms), also after "published" or "written" ("Publicado
 * por Carmen Ruiz", "Scritto da Marco Rossi").
 */
import type { PageLine } from './lines.ts'

const NAME_WORD = String.raw`\p{Lu}[\p{L}'’-]*\.?`
const NAME = new RegExp(String.raw`^(?:${NAME_WORD}|\p{Lu}\.)(?:\s+(?:${NAME_WORD}|\p{Lu}\.|de|van|von|der|da|di|dos|das|del|della|du|des|ten|ter|la|le|bin|al)){1,4}$`, 'u')
/** Words that name a role or an organisation, not a person. */
const NOT_A_NAME = /\b(?:staff|reporter|correspondent|editor|editors|writer|contributor|media|news|press|desk|team|admin|agency|online|digital|bureau|group|inc|ltd|llc|images|image|copyright|photo|updated|published|posted|associated)\b/i

const OPENING_BY = /^(?:written\s+|posted\s+|reported\s+|words\s+)?by[:\s]\s*/i
const INNER_BY = /(?:^|[|/•·]\s*)by[:\s]\s*(?=\p{Lu})/iu
const NAME_THEN_DATE = new RegExp(String.raw`^(${NAME_WORD}(?:\s+${NAME_WORD}){1,3})\s+[-–—|]\s+.*\b(?:19|20)\d\d\b`, 'u')
/** "Robert Burns, AP National Security Writer". */
const NAME_THEN_ROLE = new RegExp(String.raw`^(${NAME_WORD}(?:\s+${NAME_WORD}){1,3}),\s+[^.]*\b(?:writer|correspondent|reporter|editor|columnist|contributor|staff)\b`, 'iu')
const NAME_THEN_HANDLE = new RegExp(String.raw`^(${NAME_WORD}(?:\s+${NAME_WORD}){1,3})\s+@\w+`, 'u')

/**
 * "by" in Portuguese, Spanish, French, Italian, German, Dutch, the Scandinavian languages and Indonesian. These words
 * also open sentences ("Von der Leyen sagte …", "Di Maio ha detto …", "Por
 * isso …"), so the line counts as a byline only when a full name (two to five
 * capitalised words) follows and ends the line or meets a separator, a comma
 * or a date.
 */
const FOREIGN_BY = /^(?:(?:publicado|publicada|escrito|escrita|postado|pubblicato|scritto|publié|écrit|veröffentlicht|geschrieben|geplaatst)\s+(?:por|par|da|von|door)|por|par|di|von|door|av|af|oleh)\s+/iu
/** Where the names of a foreign byline end: a separator, a comma, a date (with its preposition: "em 4 de fevereiro", "am 3. März") or the end. */
const BYLINE_NAMES_END = /\s+[|/•·–—-]\s*|\s*,\s*|\s+(?:\p{Ll}+\s+)?(?=\d)/u
/** Most words a foreign byline holds, names, outlet and date together. */
const FOREIGN_BYLINE_MAX_WORDS = 12

/** The names of a foreign byline ("Por Ana Souza e João Lima | Redação" → the two names), or null when the line is no byline. */
function foreignBylineNames(text: string, words: number): string[] | null {
  if (words > FOREIGN_BYLINE_MAX_WORDS || !FOREIGN_BY.test(text)) return null
  const names = text.replace(FOREIGN_BY, '').split(BYLINE_NAMES_END)[0]!
  // "e", "y", "et", "und", "en": "and" in the same languages.
  const people = names.split(/\s+(?:e|y|et|und|en)\s+/u)
  return people.every((name) => NAME.test(name) && !NOT_A_NAME.test(name)) ? people : null
}

/** A line that is only a byline in another language ("Por Mariana Albuquerque", "di Giulia Bernardi, 14 marzo 2024"). */
export const isForeignByline = (text: string, words: number): boolean => foreignBylineNames(text, words) !== null

export function isBylineLine(line: PageLine): boolean {
  if (line.words > 20) return false
  const t = line.text
  return isForeignByline(t, line.words) || (OPENING_BY.test(t) && /^\S+\s*:?\s*\p{Lu}/u.test(t.replace(OPENING_BY, 'x ')) && line.words <= 16) ||
    INNER_BY.test(t) ||
    isNamed(NAME_THEN_DATE.exec(t)?.[1]) ||
    isNamed(NAME_THEN_HANDLE.exec(t)?.[1]) ||
    isNamed(NAME_THEN_ROLE.exec(t)?.[1])
}

/** "Jane Roe @janeroe" and nothing else: an author's name with a social handle, wherever it stands. */
export function isHandleByline(text: string): boolean {
  const match = NAME_THEN_HANDLE.exec(text)
  return match !== null && match[0].length === text.trim().length && isNamed(match[1])
}

const isNamed = (name: string | undefined): boolean => name !== undefined && !NOT_A_NAME.test(name)

/**
 * A person's name alone on its line ("Margaret Osei"): two to five
 * capitalised words, no role or organisation. Only beside the header's date
 * is it a byline (header.ts): elsewhere it is as often a menu entry.
 */
export const isNameOnly = (text: string): boolean => NAME.test(text) && isNamed(text)

/** The people a byline names, in order; organisations and roles left out. */
export function authorsFromByline(text: string): string[] {
  const foreign = foreignBylineNames(text, text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0)
  if (foreign) return foreign
  let rest: string
  const handle = NAME_THEN_HANDLE.exec(text) ?? NAME_THEN_DATE.exec(text) ?? NAME_THEN_ROLE.exec(text)
  if (OPENING_BY.test(text)) rest = text.replace(OPENING_BY, '')
  else if (INNER_BY.test(text)) rest = text.slice(text.search(INNER_BY)).replace(/^[|/•·]?\s*by[:\s]\s*/i, '')
  else if (handle) rest = handle[1]!
  else if (isNameOnly(text)) return [text]
  else return []
  // The names end where the affiliation, date or other credits begin.
  rest = rest.split(/\s+[|/•·–—]\s*|\s+-\s+|\s+@|\s+on\s+(?=\p{Lu}[a-z]+\s+\d)|\s+(?:for|at|in)\s+/u)[0]!
  return rest
    .split(/\s*,\s*|\s+and\s+|\s*&\s*/)
    .map((part) => part.trim())
    .filter((part) => NAME.test(part) && !NOT_A_NAME.test(part))
}
