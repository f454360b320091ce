/**
 * Entities stage: people, places and organisations under one canonical
 * spelling each. `extractEntities` (here) reads one article;
 * `canonicalizeEntities` (entities/corpus.ts) then makes spellings agree
 * across the whole corpus.
 *
 * One article's entities: mentions from its sentences, resolved within the
 * article (gazetteer aliases, acronyms the text defines or whose initials
 * match a longer name, a surname alone → the full name used nearby), then
 * counted, and trusted names looked up again in Title-Case headlines.
 */
import type { Block, Entity, EntityKind } from '../model.ts'
import { knownAliases, lookupKnown, NOT_NAMES_ALONE } from './entities/gazetteer.ts'
import { findAliases, isTitleCase } from './entities/headlines.ts'
import { findMentions, type Mention } from './entities/mentions.ts'
import { initials, isAcronymName, nameEnds, nameKey, preferSpelling, slugify } from './entities/names-key.ts'

interface Resolved {
  name: string
  kind: EntityKind | null
  offset: number
}

/** "North Korea-Russia" → both, when each side is a name the article knows. */
function splitCompounds(mentions: Mention[]): Mention[] {
  const known = new Set(mentions.map((m) => nameKey(m.name)))
  return mentions.flatMap((m) => {
    const parts = m.name.split(/[-‐‑](?=\p{Lu})/u)
    if (parts.length < 2 || !parts.every((p) => known.has(nameKey(p)) || lookupKnown(p))) return [m]
    return parts.map((p) => ({ name: p, kind: lookupKnown(p)?.kind ?? null, offset: m.offset }))
  })
}

/** Keys of `names` grouped by `by(name)`, each key once, in order of first appearance, with the first spelling of each. */
function indexNames(names: string[], by: (name: string) => string): { keys: Map<string, string[]>; first: Map<string, string> } {
  const keys = new Map<string, string[]>()
  const first = new Map<string, string>()
  for (const name of names) {
    const key = nameKey(name)
    if (!first.has(key)) first.set(key, name)
    const group = by(name)
    const list = keys.get(group) ?? []
    if (!list.includes(key)) list.push(key)
    keys.set(group, list)
  }
  return { keys, first }
}

function resolve(mentions: Mention[]): Resolved[] {
  const defined = new Map<string, string>()
  for (const m of mentions) if (m.acronym) defined.set(m.acronym, m.name)
  // Indexed once, so each mention is resolved by look-ups, not by a scan of
  // every other name: a scan made a long article's entities quadratic in its
  // mentions (a 1 MB paragraph spent seconds here).
  const longNames = indexNames(
    mentions.filter((m) => m.kind !== 'person' && m.name.includes(' ')).map((m) => m.name),
    initials,
  )
  const people = [...new Set(mentions.filter((m) => m.kind === 'person' && m.name.includes(' ')).map((m) => m.name))]
  const byLastName = indexNames(people, (p) => nameEnds(p).last)
  const byFirstName = indexNames(people, (p) => nameEnds(p).first)
  return mentions.map((m): Resolved => {
    let name = m.name
    let kind = m.kind
    if (isAcronymName(name) && !lookupKnown(name)) {
      const byInitials = longNames.keys.get(nameKey(name).replace(/ /g, '')) ?? []
      const long = defined.get(name) ?? (byInitials.length === 1 ? longNames.first.get(byInitials[0]!) : undefined)
      if (long) ({ name, kind } = { name: long, kind: lookupKnown(long)?.kind ?? 'organization' })
    } else if (!name.includes(' ') && !lookupKnown(name)) {
      const key = nameKey(name)
      const byLast = byLastName.keys.get(key) ?? []
      // A lone surname is the article's one person of that name, whatever
      // compromise guessed ("Brown said", tagged as an organisation, beside
      // "Gordon Brown"); a lone first name only when it reads as a person.
      const personLike = kind === 'person' || kind === null
      const byFirst = personLike ? (byFirstName.keys.get(key) ?? []) : []
      const match = byLast.length === 1 ? byLast[0] : byLast.length === 0 && byFirst.length === 1 ? byFirst[0] : undefined
      if (match) ({ name, kind } = { name: byLastName.first.get(match)!, kind: 'person' })
      else if (personLike && byLast.length + byFirst.length > 1) kind = null // "Kim" among several Kims: unknowable
    }
    const known = lookupKnown(name)
    return known ? { name: known.name, kind: known.kind, offset: m.offset } : { name, kind, offset: m.offset }
  })
}

/** Entities of one article, most salient first. */
export function extractEntities(input: { title: string; body: Block[] }): Entity[] {
  const sentences: { text: string; base: number }[] = []
  const headlines = [input.title]
  input.body.forEach((block, i) => {
    if (block.type === 'h' || isTitleCase(block.text)) headlines.push(block.text)
    else sentences.push({ text: block.text, base: (i + 1) * 1_000_000 })
  })
  // A capitalised word the article also writes in lower case is shouted, not an acronym ("WORLD").
  const lowerWords = new Set(sentences.flatMap((s) => s.text.match(/\b\p{Ll}+\b/gu) ?? []))
  const shouted = (m: Mention) => isAcronymName(m.name) && !lookupKnown(m.name) && lowerWords.has(m.name.toLowerCase())
  const found = findMentions(sentences.map((s) => s.text)).flatMap((ms, i) => ms.map((m) => ({ ...m, offset: sentences[i]!.base + m.offset })))
  const mentions = splitCompounds(found.filter((m) => !shouted(m)))
  const groups = new Map<string, { spellings: Map<string, number>; kinds: Map<EntityKind, number>; count: number; first: number; inTitle: boolean }>()
  for (const r of resolve(mentions)) {
    const key = nameKey(r.name)
    const g = groups.get(key) ?? { spellings: new Map(), kinds: new Map(), count: 0, first: r.offset, inTitle: false }
    g.spellings.set(r.name, (g.spellings.get(r.name) ?? 0) + 1)
    if (r.kind) g.kinds.set(r.kind, (g.kinds.get(r.kind) ?? 0) + 1)
    g.count++
    groups.set(key, g)
  }
  // Headlines: trusted names only, surnames of the article's people included.
  const trusted = new Map<string, string>()
  for (const [key, g] of groups) if (g.kinds.size) for (const s of g.spellings.keys()) trusted.set(s, key)
  for (const [key, g] of groups) if (g.kinds.get('person')) trusted.set([...g.spellings.keys()][0]!.split(' ').pop()!, key)
  for (const alias of knownAliases()) trusted.set(alias, nameKey(lookupKnown(alias)!.name))
  headlines.forEach((text, i) => {
    for (const alias of findAliases(text, [...trusted.keys()])) {
      const key = trusted.get(alias)!
      const known = lookupKnown(alias)
      const g = groups.get(key) ?? { spellings: new Map([[known!.name, 0]]), kinds: new Map([[known!.kind, 1]]), count: 0, first: Infinity, inTitle: false }
      if (i === 0) g.inTitle = true
      g.count++
      groups.set(key, g)
    }
  })
  const TITLE_BONUS = 3
  const ranked = [...groups.values()]
    .filter((g) => g.kinds.size > 0 && !(g.spellings.size > 0 && [...g.spellings.keys()].every((n) => NOT_NAMES_ALONE.has(nameKey(n)))))
    .map((g) => {
      const name = [...g.spellings].map(([n, count]) => ({ name: n, count })).sort(preferSpelling)[0]!.name
      const kind = [...g.kinds].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0]
      return { entity: { name, kind, slug: slugify(name) }, score: g.count + (g.inTitle ? TITLE_BONUS : 0), first: g.first }
    })
  ranked.sort((a, b) => b.score - a.score || a.first - b.first || (a.entity.name < b.entity.name ? -1 : 1))
  return ranked.map((r) => r.entity)
}
