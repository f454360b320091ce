/**
 * Writes the kept items (index.ts ITEM_FORMATS): each entry's item rendered
 * once per format, then packed twice, by date (every entry) and by topic
 * group (each group's entries), both counted from the oldest, so the Worker can read
 * a page of one topic from packs that hold only that topic's items.
 */
import { createHash } from 'node:crypto'
import { cutTokens } from './answers.ts'
import type { KeptItem } from './item-cache.ts'
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

/**
 * Every entry's item in every format, in date packs and topic-group packs
 * (index.ts `ItemPackHeader`). `itemsAt(position)` is asked once per entry,
 * in index order, and each pack is put as soon as its last item is in: only
 * the packs being filled are held (one per format for the date packs and one
 * per format and topic group), never every entry's items.
 */
export function keepItems(list: ItemList, count: number, itemsAt: (position: number) => KeptItem[], groups: GroupedEntries, put: (path: string, content: string) => void): void {
  const dated = ITEM_FORMATS.map((format) => packWriter(count, (pack) => itemPackPath(list, format, pack), put))
  const grouped = groups.postings.map((positions, g) => ITEM_FORMATS.map((format) => packWriter(positions.length, (pack) => topicItemPackPath(list, format, g, pack), put)))
  // Each group's postings are ascending: a cursor per group says whether the next position is in it.
  const cursor = groups.postings.map(() => 0)
  for (let position = 0; position < count; position++) {
    const items = itemsAt(position)
    ITEM_FORMATS.forEach((_, f) => dated[f]!(items[f]!))
    groups.postings.forEach((positions, g) => {
      if (positions[cursor[g]!] !== position) return
      cursor[g]!++
      ITEM_FORMATS.forEach((_, f) => grouped[g]![f]!(items[f]!))
    })
  }
}

/**
 * Takes `count` items in index order and puts them ITEM_PACK_SIZE to a file
 * counted from the oldest (index.ts packSlot): a header line, then their
 * bytes back to back.
 */
function packWriter(count: number, path: (pack: number) => string, put: (path: string, content: string) => void): (item: KeptItem) => void {
  const ranges = packRanges(count, ITEM_PACK_SIZE)
  let next = 0
  let taken = 0
  let header: ItemPackHeader = { items: [], end: 0 }
  let body: string[] = []
  return (item) => {
    const range = ranges[next]!
    header.items.push([header.end, item.fills, item.digest])
    body.push(item.kept)
    header.end += item.bytes
    if (++taken < range.end) return
    put(path(range.pack), `${JSON.stringify(header)}\n${body.join('')}`)
    header = { items: [], end: 0 }
    body = []
    next++
  }
}

/** topic-groups.bin: the articles' group postings one after another, then the stories'. */
export function topicGroupsBytes(groups: Record<ItemList, GroupedEntries>): Uint8Array {
  const all = [...groups.articles.postings, ...groups.stories.postings].flat()
  return new Uint8Array(Uint32Array.from(all).buffer)
}
