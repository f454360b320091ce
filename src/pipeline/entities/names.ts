/**
 * Turns one chunk of capitalised words into zero or more named mentions:
 * strips job titles and the nationality words before them ("Russian
 * President Vladimir Putin" → "Vladimir Putin"), keeps a country named
 * before a title ("US Secretary of State …" → "US"), and decides the kind
 * from the gazetteer, the name's last word, and compromise's term tags.
 */
import type { EntityKind } from '../../model.ts'
import { DOCUMENT_WORDS, isDemonym, lookupKnown, NOT_NAMES, OFFICE_WORDS, ORG_SUFFIXES, TITLE_HEADS } from './gazetteer.ts'

export interface NameToken {
  text: string
  /** compromise's tags for the term. */
  tags: string[]
  /** Joined to the next token by a hyphen. */
  hyphenAfter: boolean
  /** A single capital written with a full stop ("J."). */
  initial?: boolean
}

export interface ChunkName {
  name: string
  kind: EntityKind | null
}

const lower = (t: NameToken) => t.text.toLowerCase().replace(/\.$/, '')
const isTitleHead = (t: NameToken) => TITLE_HEADS.has(lower(t)) || t.tags.includes('Honorific')
const isOffice = (t: NameToken) => OFFICE_WORDS.has(lower(t)) || lower(t) === 'of'
const isAcronym = (name: string) => /^(?=.*\p{Lu})[\p{Lu}\d.&-]{2,8}$/u.test(name) && !/^\d+$/.test(name)

/** The written name of a run of tokens, hyphens and initials kept. */
export function joinTokens(tokens: NameToken[]): string {
  return tokens
    .map((t, i) => (t.initial ? `${t.text}.` : t.text) + (i === tokens.length - 1 ? '' : t.hyphenAfter ? '-' : ' '))
    .join('')
}

function tagVotes(tokens: NameToken[]): EntityKind | null {
  const votes = { person: 0, place: 0, organization: 0 }
  for (const t of tokens) {
    if (t.tags.includes('Organization')) votes.organization++
    else if (t.tags.some((g) => g === 'Place' || g === 'Country' || g === 'City' || g === 'Region')) votes.place++
    else if (t.tags.some((g) => g === 'Person' || g === 'FirstName' || g === 'LastName')) votes.person++
  }
  const best = (['organization', 'place', 'person'] as const).reduce((a, b) => (votes[b] > votes[a] ? b : a))
  return votes[best] > 0 ? best : null
}

/** The kind a name's own words give it, or null when they do not tell. */
export function kindOfName(tokens: NameToken[]): EntityKind | null | 'junk' {
  const name = joinTokens(tokens)
  const known = lookupKnown(name)
  if (known) return known.kind
  const last = lower(tokens[tokens.length - 1]!)
  if (ORG_SUFFIXES.has(last) && tokens.length > 1) return 'organization'
  // Real acronyms are short ("NATO", "KCNA"); a longer all-capital word is shouted ("LATEST").
  if (isAcronym(name)) return name.replace(/[.&-]/g, '').length <= 5 || tokens[0]!.tags.includes('Organization') ? 'organization' : 'junk'
  const voted = tagVotes(tokens)
  if (voted) return voted
  // Capitalised words compromise does not know as ordinary words: a name, kind unknown yet.
  const proper = tokens.every((t) => t.tags.includes('ProperNoun') || t.hyphenAfter || !/^[\p{Ll}]/u.test(t.text))
  return tokens.some((t) => t.tags.includes('ProperNoun')) && proper ? null : 'junk'
}

function isJunkName(tokens: NameToken[]): boolean {
  if (tokens.every((t) => isDemonym(t.text) || isOffice(t) || NOT_NAMES.has(lower(t)))) return true
  if (tokens.length > 1 && DOCUMENT_WORDS.has(lower(tokens[tokens.length - 1]!))) return true
  const name = joinTokens(tokens)
  return !/\p{L}{2}/u.test(name.replace(/\./g, "")) || /[-‐‑]$/.test(name)
}

/** Named mentions in one chunk of capitalised tokens. */
export function classifyChunk(chunk: NameToken[]): ChunkName[] {
  let tokens = chunk
  while (tokens.length && ['the', 'a', 'an'].includes(lower(tokens[0]!))) tokens = tokens.slice(1)
  if (!tokens.length) return []
  const wholeKind = kindOfName(tokens)
  // An organisation whose name holds a title word ("General Motors") stays whole.
  if (wholeKind === 'organization' && !lookupKnown(joinTokens(tokens))?.kind.startsWith('p')) {
    if (!tokens.slice(0, -1).some(isTitleHead) || ORG_SUFFIXES.has(lower(tokens[tokens.length - 1]!))) {
      return isJunkName(tokens) ? [] : [{ name: joinTokens(tokens), kind: 'organization' }]
    }
  }
  const head = tokens.findLastIndex(isTitleHead)
  if (head < 0) {
    if (isJunkName(tokens) || wholeKind === 'junk') return []
    return [{ name: joinTokens(tokens), kind: wholeKind }]
  }
  const out: ChunkName[] = []
  // Before the title: a country ("US Secretary", "UK Prime Minister"), never a nationality word.
  const before = tokens.slice(0, head).filter((t) => !isOffice(t) && !isDemonym(t.text))
  const country = before.length ? lookupKnown(joinTokens(before)) : undefined
  if (country) out.push({ name: joinTokens(before), kind: country.kind })
  let rest = tokens.slice(head + 1)
  while (rest.length && isOffice(rest[0]!)) rest = rest.slice(1)
  if (rest.length && !isJunkName(rest)) out.push({ name: joinTokens(rest), kind: 'person' })
  return out
}
