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

/** Every entry's item in every format, in date packs and topic-group packs (index.ts `ItemPackHeader`). */
export function keepItems(list: ItemList, entries: KeptItem[][], groups: GroupedEntries, put: (path: string, content: string) => void): void {
  ITEM_FORMATS.forEach((format, f) => {
    const items = entries.map((e) => e[f]!)
    writePacks(items, [...items.keys()], (pack) => itemPackPath(list, format, pack), put)
    groups.postings.forEach((positions, g) => writePacks(items, positions, (pack) => topicItemPackPath(list, format, g, pack), put))
  })
}

/** The items at `order` (index order), ITEM_PACK_SIZE to a file counted from the oldest (index.ts packSlot): a header line, then their bytes back to back. */
function writePacks(items: KeptItem[], order: number[], path: (pack: number) => string, put: (path: string, content: string) => void): void {
  for (const { pack, start, end } of packRanges(order.length, ITEM_PACK_SIZE)) {
    const header: ItemPackHeader = { items: [], end: 0 }
    const body: string[] = []
    for (const i of order.slice(start, end)) {
      const item = items[i]!
      header.items.push([header.end, item.fills, item.digest])
      body.push(item.kept)
      header.end += item.bytes
    }
    put(path(pack), `${JSON.stringify(header)}\n${body.join('')}`)
  }
}

/** topic-groups.bin: the articles' group postings one after another, then the stories'. */
export function topicGroupsBytes(groups: Record<ItemList, GroupedEntries>): Uint8Array {
  const all = [...groups.articles.postings, ...groups.stories.postings].flat()
  return new Uint8Array(Uint32Array.from(all).buffer)
}
