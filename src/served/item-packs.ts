/**
 * Reads kept items (index.ts ITEM_FORMATS) in the Worker. Every item is in
 * two packs: its date pack, and for each of its topics that topic's group
 * pack (write-item-packs.ts). For the positions a page shows, the packs to
 * read are chosen by greedy set cover (the pack that holds most of the items
 * still missing, then the one whose items come earliest in it), so a page of
 * one topic is one or two fetches and a scattered search reads the fewest
 * packs. Each pack's body is read only as far as the last item needed: its
 * header line first, then the items into one buffer of exactly their length,
 * and the rest of the stream cancelled. A page of the newest 100 costs the
 * bytes of those 100 whatever the pack's size, and no request materialises
 * whole packs it does not show (their garbage was most of the CPU p99).
 * Packs are counted from the oldest (index.ts packSlot), the newest one also
 * holding the remainder (packCount), so a page of up to ITEM_PACK_SIZE newest
 * entries is one fetch.
 */
import type { KeptAnswer } from './answers.ts'
import { BodyPrefix } from './body-prefix.ts'
import { ITEM_LISTS, ITEM_PACK_SIZE, type ItemFormat, type ItemList, type ItemPackHeader, itemPackPath, packSlot, topicGroupsPath, topicItemPackPath } from './index.ts'
import { cachePerBinding } from './parsed-cache.ts'
import { fetchAsset, fetchBytes, type ServedCatalog } from './read.ts'

/** Kept items as the build kept them, where the site's values go in each, and the digest of each. */
export interface KeptItems {
  items: { bytes: Uint8Array; fills: KeptAnswer['fills'] }[]
  digests: string[]
}

/** A list's topic groups as the Worker uses them: each topic's group and each group's positions (views, no copies). */
export interface LoadedGroups {
  group: number[]
  postings: Uint32Array[]
}

const loadedGroups = new WeakMap<ServedCatalog, Promise<Record<ItemList, LoadedGroups>>>()

/** topic-groups.bin, fetched once per isolate, when a request first needs it. */
export function loadTopicGroups(assets: Fetcher, catalog: ServedCatalog): Promise<Record<ItemList, LoadedGroups>> {
  let loading = loadedGroups.get(catalog)
  if (!loading) {
    loading = fetchBytes(assets, topicGroupsPath()).then((buffer) => {
      const groups = catalog.index.topicGroups
      if (buffer === undefined || groups === undefined) throw new Error(`catalog: ${topicGroupsPath()} or the index's topicGroups is missing (run npm run build)`)
      const all = new Uint32Array(buffer)
      let at = 0
      const loaded = {} as Record<ItemList, LoadedGroups>
      for (const list of ITEM_LISTS) {
        const postings = groups[list].sizes.map((size) => all.subarray(at, (at += size)))
        loaded[list] = { group: groups[list].group, postings }
      }
      if (at !== all.length) throw new Error(`catalog: ${topicGroupsPath()} holds ${all.length} positions; the index's topicGroups say ${at}`)
      return loaded
    })
    loadedGroups.set(catalog, loading)
    loading.catch(() => loadedGroups.delete(catalog))
  }
  return loading
}

/** A pack that holds some of the wanted items: its path, and for each wanted item it holds (by its index in the page), its rank in the pack. */
interface Candidate {
  path: string
  holds: Map<number, number>
}

/**
 * The kept items of the articles or stories at these positions, in this
 * order, with where the site's values go (views into the packs' bytes).
 */
export async function loadItems(assets: Fetcher, catalog: ServedCatalog, list: ItemList, format: ItemFormat, positions: number[]): Promise<KeptItems> {
  const groups = positions.length > 0 ? (await loadTopicGroups(assets, catalog))[list] : { group: [], postings: [] }
  const chosen = choosePacks(catalog[list], groups, format, list, positions)
  const read = await Promise.all(chosen.map(({ path, holds }) => readItems(assets, path, [...holds.values()])))
  const kept: KeptItems = { items: Array(positions.length), digests: Array(positions.length) }
  chosen.forEach(({ holds }, pack) => {
    for (const [i, rank] of holds) {
      const item = read[pack]!.get(rank)!
      kept.items[i] = { bytes: item.bytes, fills: item.fills }
      kept.digests[i] = item.digest
    }
  })
  return kept
}

/**
 * Greedy set cover over the date packs and topic-group packs that hold the
 * wanted items: fewest fetches first, then the fewest bytes (the earliest
 * ranks, as a pack is read up to its last wanted item).
 */
export function choosePacks(
  entries: { count: number; topics: Uint32Array; words: number },
  groups: LoadedGroups,
  format: ItemFormat,
  list: ItemList,
  positions: number[],
): Candidate[] {
  const whole = onePackPage(entries, groups, format, list, positions)
  if (whole) return [whole]
  const candidates = new Map<string, Candidate>()
  const add = (path: string, i: number, rank: number) => {
    let candidate = candidates.get(path)
    if (!candidate) candidates.set(path, (candidate = { path, holds: new Map() }))
    candidate.holds.set(i, rank)
  }
  positions.forEach((p, i) => {
    const date = dateSlot(entries, p)
    add(itemPackPath(list, format, date.pack), i, date.rank)
    for (const g of groupsOf(entries, groups, p)) {
      const postings = groups.postings[g]!
      const slot = groupSlot(postings, p)
      add(topicItemPackPath(list, format, g, slot.pack), i, slot.rank)
    }
  })
  const missing = new Set(positions.keys())
  const chosen: Candidate[] = []
  while (missing.size > 0) {
    let best: { candidate: Candidate; count: number; last: number } | undefined
    for (const candidate of candidates.values()) {
      let count = 0
      let last = 0
      for (const [i, rank] of candidate.holds) {
        if (!missing.has(i)) continue
        count++
        last = Math.max(last, rank)
      }
      if (count > 0 && (!best || count > best.count || (count === best.count && last < best.last))) best = { candidate, count, last }
    }
    const holds = new Map([...best!.candidate.holds].filter(([i]) => missing.has(i)))
    for (const i of holds.keys()) missing.delete(i)
    chosen.push({ path: best!.candidate.path, holds })
  }
  return chosen
}

/**
 * The set cover's answer when every position is in one date pack (a page of
 * recent items, or of one topic among them): that pack holds the
 * whole page, so the cover is one pack, the date pack or a topic group's
 * pack that also holds every position, whichever is read least far (the
 * date pack on a tie, as the cover takes it first). Found without building
 * every candidate pack: the general cover's maps were a fifth of a page of
 * 100's CPU. Undefined when the positions span date packs.
 */
function onePackPage(
  entries: { count: number; topics: Uint32Array; words: number },
  groups: LoadedGroups,
  format: ItemFormat,
  list: ItemList,
  positions: number[],
): Candidate | undefined {
  if (positions.length === 0) return undefined
  const { pack } = dateSlot(entries, positions[0]!)
  let last = 0
  for (const p of positions) {
    const slot = dateSlot(entries, p)
    if (slot.pack !== pack) return undefined
    last = Math.max(last, slot.rank)
  }
  let best = { path: itemPackPath(list, format, pack), last, rankOf: (p: number) => dateSlot(entries, p).rank }
  // The groups of the first position, in the order the cover meets them; a group that holds the page holds it.
  const first = positions[0]!
  for (const g of groupsOf(entries, groups, first)) {
    const postings = groups.postings[g]!
    const groupPack = groupSlot(postings, first).pack
    let groupLast = 0
    let holdsAll = true
    for (const p of positions) {
      const rank = rankOf(postings, p)
      const slot = packSlot(rank, postings.length, ITEM_PACK_SIZE)
      if (postings[rank] !== p || slot.pack !== groupPack) {
        holdsAll = false
        break
      }
      groupLast = Math.max(groupLast, slot.rank)
    }
    if (holdsAll && groupLast < best.last) {
      best = { path: topicItemPackPath(list, format, g, groupPack), last: groupLast, rankOf: (p) => groupSlot(postings, p).rank }
    }
  }
  return { path: best.path, holds: new Map(positions.map((p, i) => [i, best.rankOf(p)])) }
}

/** The topic groups an entry's topics are in, each once, in the order of its topics' bits. */
function groupsOf(entries: { count: number; topics: Uint32Array; words: number }, groups: LoadedGroups, position: number): number[] {
  const found: number[] = []
  for (let w = 0; w < entries.words; w++) {
    for (let bits = entries.topics[position * entries.words + w]!; bits !== 0; bits &= bits - 1) {
      const g = groups.group[w * 32 + (31 - Math.clz32(bits & -bits))] ?? -1
      if (g >= 0 && !found.includes(g)) found.push(g)
    }
  }
  return found
}

/** Where an entry's position sits among the date packs (counted from the oldest). */
const dateSlot = (entries: { count: number }, position: number) => packSlot(position, entries.count, ITEM_PACK_SIZE)

/** Where an entry's position, one of a topic group's, sits among that group's packs. */
const groupSlot = (postings: Uint32Array, position: number) => packSlot(rankOf(postings, position), postings.length, ITEM_PACK_SIZE)

/** Where a position is among a group's ascending positions (binary search; it is there). */
function rankOf(postings: Uint32Array, position: number): number {
  let lo = 0
  let hi = postings.length - 1
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (postings[mid]! < position) lo = mid + 1
    else hi = mid
  }
  return lo
}

const utf8 = new TextDecoder()

/** An item pack's header as parsed, and the bytes its line takes, newline included. */
interface KeptHeader {
  header: ItemPackHeader
  bytes: number
}

/**
 * Item pack headers, parsed once per isolate and kept (parsed-cache.ts): a
 * header lists every item of its pack (ITEM_PACK_SIZE of them), and parsing
 * it on every request was the largest part of reading a page of 100 kept items
 * (its JSON grows with the pack, not with the page). 2,000,000 characters
 * keep about 160 headers of 256 items.
 */
export const HEADER_CACHE_CHARS = 2_000_000
const headerCache = cachePerBinding<KeptHeader>(HEADER_CACHE_CHARS)

/**
 * The items at these ranks of an item pack: its header (parsed, or kept from
 * an earlier request and its line skipped), then only those items' bytes
 * (body-prefix.ts: views into the chunks read, the rest of the pack not read).
 */
async function readItems(assets: Fetcher, path: string, ranks: number[]): Promise<Map<number, { bytes: Uint8Array; fills: KeptAnswer['fills']; digest: string }>> {
  const response = await fetchAsset(assets, path)
  if (response === undefined || response.body === null) throw new Error(`catalog: ${path} is listed in the index but missing`)
  const prefix = new BodyPrefix(response.body, path)
  try {
    const cache = headerCache(assets)
    let kept = cache.get(path)
    // Ranges count from where the prefix stands: after the header line when it was read here, else at the body's start.
    let skip = 0
    if (kept === undefined) {
      const line = await prefix.line()
      kept = { header: JSON.parse(utf8.decode(line)) as ItemPackHeader, bytes: line.length + 1 }
      cache.set(path, kept, line.length)
    } else {
      skip = kept.bytes
    }
    const { items, end } = kept.header
    const sorted = [...new Set(ranks)].sort((a, b) => a - b)
    const bytes = await prefix.ranges(sorted.map((rank) => [skip + items[rank]![0], skip + (items[rank + 1]?.[0] ?? end)] as const))
    return new Map(sorted.map((rank, n) => [rank, { bytes: bytes[n]!, fills: items[rank]![1], digest: items[rank]![2] }]))
  } finally {
    prefix.close()
  }
}
