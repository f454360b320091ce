/**
 * Corpus-wide canonicalisation: one spelling per entity across all
 * articles, settled by time block (see canonicalizeEntities). Variants of one name share a key (case, hyphens, spaces); an
 * acronym joins the one longer name anywhere in the corpus whose initials it
 * spells ("KCNA" → "Korean Central News Agency"); a lone surname joins the
 * one full name in the corpus that ends with it. Ambiguous cases stay apart.
 */
import type { Entity, EntityKind } from '../../model.ts'
import { blocksInOrder } from '../time-blocks.ts'
import { initials, isAcronymName, nameEnds, nameKey, preferSpelling, slugify } from './names-key.ts'

function uniqueMatch(keys: Iterable<string>): string | undefined {
  const set = new Set(keys)
  return set.size === 1 ? [...set][0] : undefined
}

/**
 * Per-article entity lists with one spelling and kind per entity, order kept.
 *
 * With `published` (each article's model date), decisions settle by time
 * block (time-blocks.ts): blocks are taken oldest first, and a name key's
 * target (an acronym's or surname's full name, looked up among the names of
 * its block and every earlier one) and a target's spelling and kind (by the
 * counts of the first block that has it, under the rule below) are decided
 * once, in the first block where the key appears; later blocks map to them.
 * So an older article's entities, and an entity's slug, never change when
 * newer articles arrive. Without `published`, the articles are one block.
 */
export function canonicalizeEntities(perArticle: Entity[][], published?: readonly string[]): Entity[][] {
  const blocks = published ? blocksInOrder(published.map((date) => ({ published: date }))) : [{ members: perArticle.map((_, a) => a) }]
  // Indexes over the distinct multi-word names so far, so each lookup is one map read.
  const byInitials = new Map<string, Set<string>>()
  const bySurname = new Map<string, Set<string>>()
  const add = (index: Map<string, Set<string>>, k: string, key: string) => {
    const set = index.get(k)
    if (set) set.add(key)
    else index.set(k, new Set([key]))
  }
  // Where each key points after acronym and surname resolution, and each target's entity: both settled once made.
  const target = new Map<string, string>()
  const canonical = new Map<string, Entity>()
  const out: Entity[][] = new Array(perArticle.length)
  for (const { members } of blocks) {
    const lists = members.map((a) => perArticle[a]!)
    const all = lists.flat()
    for (const e of all) {
      const key = nameKey(e.name)
      if (!key.includes(' ')) continue
      if (e.kind === 'person') add(bySurname, nameEnds(e.name).last, key)
      else add(byInitials, initials(e.name), key)
    }
    for (const e of all) {
      const key = nameKey(e.name)
      if (target.has(key)) continue
      let to = key
      if (isAcronymName(e.name)) to = uniqueMatch(byInitials.get(key.replace(/ /g, '')) ?? []) ?? key
      else if (e.kind === 'person' && !key.includes(' ')) to = uniqueMatch(bySurname.get(key) ?? []) ?? key
      target.set(key, to)
    }
    decideSpellings(lists, target, canonical)
    members.forEach((a, m) => (out[a] = canonicalList(lists[m]!, target, canonical)))
  }
  return out
}

/**
 * Spelling and kind of each target these articles name that has none yet:
 * the spelling most of them use (see preferSpelling), the kind most of them
 * give it.
 */
function decideSpellings(lists: Entity[][], target: Map<string, string>, canonical: Map<string, Entity>): void {
  const spellings = new Map<string, Map<string, number>>()
  const kinds = new Map<string, Map<EntityKind, number>>()
  for (const list of lists) {
    for (const e of new Map(list.map((x) => [x.name, x])).values()) {
      const to = target.get(nameKey(e.name))!
      if (canonical.has(to)) continue
      const s = spellings.get(to) ?? new Map<string, number>()
      // A spelling of the target itself beats an acronym or surname that points to it.
      if (nameKey(e.name) === to) s.set(e.name, (s.get(e.name) ?? 0) + 1)
      spellings.set(to, s)
      const k = kinds.get(to) ?? new Map<EntityKind, number>()
      k.set(e.kind, (k.get(e.kind) ?? 0) + 1)
      kinds.set(to, k)
    }
  }
  for (const [to, s] of spellings) {
    const name = [...s].map(([n, count]) => ({ name: n, count })).sort(preferSpelling)[0]?.name
    if (!name) continue
    const kind = [...kinds.get(to)!].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0]
    canonical.set(to, { name, kind, slug: slugify(name) })
  }
}

function canonicalList(list: Entity[], target: Map<string, string>, canonical: Map<string, Entity>): Entity[] {
  const seen = new Set<string>()
  const out: Entity[] = []
  for (const e of list) {
    const c = canonical.get(target.get(nameKey(e.name))!)
    if (!c || seen.has(c.slug)) continue
    seen.add(c.slug)
    out.push(c)
  }
  return out
}
