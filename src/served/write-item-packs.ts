/**
 * Writes the kept items (index.ts ITEM_FORMATS): each entry's item rendered
 * once per format, then packed twice, by date (every entry) and by topic
 * group (each group's entries), both counted from the oldest, so the Worker can read
 * a page of one topic from packs that hold only that topic's items.
 */
import { createHash } from 'node:crypto'
import { cutTokens } from './answers.ts'
import type { KeptItem } from './item-cache.ts'
import { contentKey } from './sink.ts'
import { ITEM_FORMATS, ITEM_PACK_SIZE, type ItemFormat, type ItemList, type ItemPackHeader, itemPackPath, packRanges, type TopicGroups, topicItemPackPath } from './index.ts'

/** Topic groups and, for each group, its entries' index positions (ascending). */
export interface GroupedEntries extends TopicGroups {
  postings: number[][]
}

/**
 * Groups topics in taxonomy order (index.ts TopicGroups): a topic with more
 * than ITEM_PACK_SIZE entries alone, smaller ones together while their
 * counts add up to at most ITEM_PACK_SIZE. `entryTopics` holds each entry's
 * topic positions, in index order.
 */
export function groupTopics(entryTopics: number[][], topicCount: number): GroupedEntries {
  const byTopic: number[][] = Array.from({ length: topicCount }, () => [])
  entryTopics.forEach((bits, position) => {
    for (const bit of new Set(bits)) byTopic[bit]!.push(position)
  })
  const group: number[] = new Array<number>(topicCount).fill(-1)
  const members: number[][] = []
  let open = -1
  let openCount = 0
  byTopic.forEach((positions, bit) => {
    if (positions.length === 0) return
    if (positions.length > ITEM_PACK_SIZE) {
      group[bit] = members.push([bit]) - 1
      return
    }
    if (open < 0 || openCount + positions.length > ITEM_PACK_SIZE) {
      open = members.push([]) - 1
      openCount = 0
    }
    members[open]!.push(bit)
    group[bit] = open
    openCount += positions.length
  })
  const postings = members.map((bits) => [...new Set(bits.flatMap((b) => byTopic[b]!))].sort((a, b) => a - b))
  return { group, sizes: postings.map((p) => p.length), postings }
}

function keptItem(rendered: string): KeptItem {
  const { kept, fills } = cutTokens(rendered)
  const digest = createHash('sha256').update(kept).update(JSON.stringify(fills)).digest('hex').slice(0, 24)
  return { kept, bytes: Buffer.byteLength(kept), fills, digest }
}

/** An entry's item in every format (ITEM_FORMATS order), from `render`. */
export function renderKept(render: (format: ItemFormat) => string): KeptItem[] {
  return ITEM_FORMATS.map((format) => keptItem(render(format)))
}

/** Where `keepItems` puts packs: as made, or the previous build's file when it was made from the same entries. */
export interface PackSink {
  put(path: string, content: string, inputKey: string): void
  reuse(path: string, inputKey: string): boolean
}

/**
 * Every entry's item in every format, in date packs and topic-group packs
 * (index.ts `ItemPackHeader`). A pack whose entries' keys (`keys`, in index
 * order: a key names everything an entry's items are made from) are those of
 * the previous build's pack at its path is reused as it is; `itemsAt(position)`
 * is asked, once and in index order, only for the entries of packs that are
 * made, and `skipped(position)` for the others. Each made pack is put as soon
 * as its last item is in: only the packs being filled are held (one per
 * format for the date packs and one per format and topic group), never
 * every entry's items.
 */
export function keepItems(list: ItemList, keys: readonly string[], itemsAt: (position: number) => KeptItem[], skipped: (position: number) => void, groups: GroupedEntries, sink: PackSink): void {
  const count = keys.length
  const dated = packWriters(ITEM_FORMATS.map((format) => (pack: number) => itemPackPath(list, format, pack)), Array.from({ length: count }, (_, i) => i), keys, sink)
  const grouped = groups.postings.map((positions, g) => packWriters(ITEM_FORMATS.map((format) => (pack: number) => topicItemPackPath(list, format, g, pack)), positions, keys, sink))
  // Each position's groups, so an entry visits only the groups holding it.
  const groupsAt: number[][] = Array.from({ length: count }, () => [])
  groups.postings.forEach((positions, g) => {
    for (const position of positions) groupsAt[position]!.push(g)
  })
  for (let position = 0; position < count; position++) {
    const writers = [dated, ...groupsAt[position]!.map((g) => grouped[g]!)]
    const items = writers.some((w) => w.wanted()) ? itemsAt(position) : (skipped(position), null)
    for (const writer of writers) writer.take(items)
  }
}

interface PackWriters {
  /** Whether the next entry goes into a pack that is made (not reused). */
  wanted(): boolean
  /** Takes the next entry's items (null when it goes only into reused packs). */
  take(items: KeptItem[] | null): void
}

/**
 * Packs of `positions` (ascending) ITEM_PACK_SIZE to a file counted from the
 * oldest (index.ts packSlot), one file per format (`paths`): a header line,
 * then the items' bytes back to back. Packs are reused or made per format.
 */
function packWriters(paths: ((pack: number) => string)[], positions: readonly number[], keys: readonly string[], sink: PackSink): PackWriters {
  const ranges = packRanges(positions.length, ITEM_PACK_SIZE)
  const keyOf = (range: (typeof ranges)[number]) => contentKey(...positions.slice(range.start, range.end).map((p) => keys[p]!))
  let next = 0
  let taken = 0
  let inputKey = ''
  let made: boolean[] = []
  let headers: ItemPackHeader[] = []
  let bodies: string[][] = []
  const open = () => {
    const range = ranges[next]
    if (!range) return
    inputKey = keyOf(range)
    made = paths.map((path) => !sink.reuse(path(range.pack), inputKey))
    headers = paths.map(() => ({ items: [], end: 0 }))
    bodies = paths.map(() => [])
  }
  open()
  return {
    wanted: () => made.some(Boolean),
    take(items) {
      const range = ranges[next]!
      made.forEach((make, f) => {
        if (!make) return
        const item = items![f]!
        const header = headers[f]!
        header.items.push([header.end, item.fills, item.digest])
        bodies[f]!.push(item.kept)
        header.end += item.bytes
      })
      if (++taken < range.end) return
      made.forEach((make, f) => {
        if (make) sink.put(paths[f]!(range.pack), `${JSON.stringify(headers[f])}\n${bodies[f]!.join('')}`, inputKey)
      })
      next++
      open()
    },
  }
}

/** topic-groups.bin: the articles' group postings one after another, then the stories'. */
export function topicGroupsBytes(groups: Record<ItemList, GroupedEntries>): Uint8Array {
  const all = [...groups.articles.postings, ...groups.stories.postings].flat()
  return new Uint8Array(Uint32Array.from(all).buffer)
}
